package org.idlibchronicle.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.idlibchronicle.diag.DidYouMean;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.model.Claim;
import org.idlibchronicle.model.ClaimSetName;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.model.Topic;

/**
 * What the topics promise beyond their references (which every item's are checked for): that no
 * topic is its own ancestor, that each set of figures is named once, and that every set the events
 * use has a name, so that no heading on the site is made from an id.
 */
final class TopicCheck {
    private final Content content;
    private final Problems problems;

    TopicCheck(Content content, Problems problems) {
        this.content = content;
        this.problems = problems;
    }

    void run() {
        Map<String, Topic> topics = new HashMap<>();
        content.topics().forEach(t -> topics.put(t.id(), t));
        for (Topic t : content.topics()) ancestry(t, topics);
        Map<String, ClaimSetName> named = new HashMap<>();
        Map<String, Topic> namedIn = new HashMap<>();
        for (Topic t : content.topics()) {
            for (ClaimSetName n : t.claimSets()) {
                Topic before = namedIn.putIfAbsent(n.id(), t);
                if (before == null) {
                    named.put(n.id(), n);
                } else {
                    problems.error(n.at(), "claim set '" + n.id() + "' is already named in "
                            + before.origin().path() + ": name each set once");
                }
            }
        }
        Set<String> used = new HashSet<>();
        for (Event e : content.events()) {
            Set<String> reported = new LinkedHashSet<>();
            for (Claim c : e.claims()) {
                used.add(c.topic());
                if (named.containsKey(c.topic()) || !reported.add(c.topic())) continue;
                // The name may be in the topic file that failed to load: that error is the one to fix.
                if (!content.complete(ContentKind.TOPIC)) continue;
                problems.error(c.at(), "the claim set '" + c.topic() + "' (this claim's 'topic', or its unit when it"
                        + " has none) has no name" + DidYouMean.hint(c.topic(), named.keySet()) + ": name it under"
                        + " 'claim_sets:' of the topic it belongs to in content/topics/, e.g. '- id: " + c.topic()
                        + "' with a 'title:' saying what the figures count");
            }
        }
        // An event that failed to load may be the one using a name: its own error comes first.
        if (!content.unreadable().isEmpty()) return;
        for (ClaimSetName n : named.values().stream().sorted(java.util.Comparator.comparing(ClaimSetName::id)).toList()) {
            if (!used.contains(n.id())) {
                problems.warning(n.at(), "claim set '" + n.id() + "' is named but no claim uses it: correct the id"
                        + " or remove the name");
            }
        }
    }

    /** Reports a topic that is, through its parents, a parent of itself. */
    private void ancestry(Topic t, Map<String, Topic> topics) {
        Set<String> seen = new TreeSet<>();
        Optional<Ref> parent = t.parent();
        while (parent.isPresent()) {
            String id = parent.get().id();
            if (id.equals(t.id())) {
                problems.error(t.parent().get().at(), "topic '" + t.id() + "' is its own "
                        + (seen.isEmpty() ? "parent" : "ancestor (through " + String.join(", ", seen) + ")")
                        + ": give it a broader topic as 'parent', or none");
                return;
            }
            Topic next = topics.get(id);
            if (next == null || !seen.add(id)) return;
            parent = next.parent();
        }
    }
}
