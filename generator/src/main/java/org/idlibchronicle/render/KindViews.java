package org.idlibchronicle.render;

/**
 * The views a kind gives for the page models it declares itself ({@code PageModel.KindModel}),
 * beside its other stages ({@code kinds/}). A planned page whose model has no view stops the render
 * before any page is made, naming the model ({@link SiteRenderer}).
 */
public interface KindViews {
    /** Adds the view of each page model of this kind's own to {@code views}; none when it has none. */
    void addViews(ViewTable views);
}
