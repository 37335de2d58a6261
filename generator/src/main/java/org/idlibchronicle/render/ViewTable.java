package org.idlibchronicle.render;

import java.util.HashMap;
import java.util.Map;
import org.idlibchronicle.plan.PageModel;

/** The view of each type of page model: the renderer's own and those the kinds add ({@link KindViews}). */
public final class ViewTable {
    private final Map<Class<? extends PageModel>, PageView<? extends PageModel>> views = new HashMap<>();

    /** Makes {@code view} the view of every page whose model is a {@code type}; a type has one view. */
    public <M extends PageModel> void put(Class<M> type, PageView<M> view) {
        if (views.putIfAbsent(type, view) != null) {
            throw new IllegalStateException(type.getSimpleName() + " was given two views");
        }
    }

    boolean has(Class<?> type) {
        return views.containsKey(type);
    }

    java.util.Set<Class<? extends PageModel>> types() {
        return java.util.Set.copyOf(views.keySet());
    }

    /** What {@code model}'s view gives its template. */
    @SuppressWarnings("unchecked")
    Map<String, Object> of(PageModel model, ViewBuilder v, org.idlibchronicle.plan.Directory dir) {
        PageView<PageModel> view = (PageView<PageModel>) views.get(model.getClass());
        if (view == null) throw new IllegalStateException(missing(model.getClass()));
        return view.of(model, v, dir);
    }

    static String missing(Class<?> type) {
        return "the page model " + type.getSimpleName() + " has no view: the kind that plans its pages must add"
                + " one (KindViews.addViews)";
    }
}
