package org.idlibchronicle.kinds;

import java.util.List;
import org.idlibchronicle.index.SearchDocument;
import org.idlibchronicle.index.SearchDocuments;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Topic;

/** Topics, the reader's index: read with their claim-set names; a page each with its timeline, and their index. */
final class TopicKind implements KindBehaviour {
    static final TopicKind BEHAVIOUR = new TopicKind();

    private TopicKind() {}

    @Override
    public ContentKind kind() {
        return ContentKind.TOPIC;
    }

    @Override
    public void addDocuments(LinkedSite site, List<SearchDocument> out) {
        for (Topic t : site.topics().values()) {
            String text = t.description().plain();
            out.add(new SearchDocument("topic", 0, "", ContentKind.TOPIC.pagePath(t.id()), t.title(), t.aliases(),
                    SearchDocuments.firstSentence(text), text, List.of(), List.of()));
        }
    }
}
