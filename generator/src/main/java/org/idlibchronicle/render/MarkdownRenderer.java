package org.idlibchronicle.render;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.idlibchronicle.kind.ItemLink;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.markdown.MarkdownSyntax;
import org.idlibchronicle.model.Markdown;

/**
 * Renders content Markdown to HTML for one page: footnote references become numbered links into
 * the page's {@link PageNotes} (the notes list itself is drawn by the page template, with the
 * citation from the bibliography), item links such as {@code place:saraqib} become relative page
 * links, and raw HTML is escaped.
 */
public final class MarkdownRenderer {
    private static final DataHolder OPTIONS = new MutableDataSet(MarkdownSyntax.options())
            // Footnotes are drawn by our own node renderer below, not by the extension's.
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESS_HTML, false)
            .toImmutable();

    /** Per-render state travels on the parsed document, so that one renderer serves every page. */
    private static final NullableDataKey<PageNotes> NOTES = new NullableDataKey<>("SITE_PAGE_NOTES");
    private static final DataKey<String> PAGE = new DataKey<>("SITE_PAGE_PATH", "");

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS)
            .nodeRendererFactory(options -> new NotesRenderer(NOTES.get(options)))
            .linkResolverFactory(new ItemLinks())
            .build();

    private MarkdownRenderer() {}

    /**
     * Renders a text placed on the page at {@code pagePath}, numbering its notes in {@code notes}.
     * The tree parsed at load is rendered, not the text parsed again.
     */
    public static String render(Markdown md, String pagePath, PageNotes notes) {
        if (md.isEmpty()) return "";
        Document doc = md.tree();
        // The page's notes and path travel on the tree while it renders: one page at a time.
        synchronized (doc) {
            doc.set(NOTES, notes);
            doc.set(PAGE, pagePath);
            notes.quoting(md.quotes());
            try {
                return RENDERER.render(doc);
            } finally {
                notes.quoting(Map.of());
                doc.remove(NOTES);
                doc.remove(PAGE);
            }
        }
    }


    private static final class NotesRenderer implements NodeRenderer {
        private final PageNotes notes;

        NotesRenderer(PageNotes notes) {
            this.notes = notes;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Footnote.class, this::reference),
                    new NodeRenderingHandler<>(FootnoteBlock.class, this::definition));
        }

        private void reference(Footnote node, NodeRendererContext ctx, HtmlWriter html) {
            PageNotes.Note note = notes.reference(node.getText().toString());
            // Notes side by side ("¹²") would read as one number: separate them with a comma.
            if (node.getPrevious() instanceof Footnote) html.raw("<sup class=\"fnsep\">,</sup>");
            html.raw("<sup class=\"fnref\" id=\"" + note.lastRefAnchor() + "\"><a href=\"#"
                    + note.anchor() + "\" aria-label=\"Note " + note.number() + "\">" + note.number() + "</a></sup>");
        }

        private void definition(FootnoteBlock node, NodeRendererContext ctx, HtmlWriter html) {
            NodeRendererContext sub = ctx.getSubContext(false);
            sub.renderChildren(node);
            notes.define(node.getText().toString(), sub.getHtmlWriter().toString().strip());
        }
    }

    private static final class ItemLinks implements LinkResolver, com.vladsch.flexmark.html.LinkResolverFactory {
        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            String pagePath = PAGE.get(context.getDocument());
            String url = link.getUrl();
            if (link.getLinkType() != LinkType.LINK) return link;
            return ItemLink.parse(url)
                    .map(item -> link.withStatus(LinkStatus.VALID).withUrl(PagePaths.relative(pagePath, item.pagePath())))
                    .orElse(link);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return this;
        }
    }

}
