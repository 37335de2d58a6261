package org.idlibchronicle.render;

import java.util.Map;
import org.idlibchronicle.plan.Directory;
import org.idlibchronicle.plan.PageModel;

/** What one type of page model gives its template: named values, made for the page {@code v} is for. */
@FunctionalInterface
public interface PageView<M extends PageModel> {
    Map<String, Object> of(M model, ViewBuilder v, Directory dir);
}
