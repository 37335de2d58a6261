package org.idlibchronicle.plan;

import java.util.Map;
import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Source;
import org.idlibchronicle.model.Topic;

/**
 * What any page may show besides its own model: the names of actors, places and topics,
 * agreements and their provisions (for badges and links), the bibliography (for citations), the
 * documents' quoted passages (for the notes that quote them) and the site's settings and identity.
 * Pages read it through views that record which entries they look up
 * ({@code render/PageReads}), so that when an entry changes between two builds only the pages that
 * read it are made again; when the settings change, every page is.
 */
public record Directory(Map<String, Actor> actors, Map<String, Place> places, Map<String, Agreement> agreements,
                        Map<String, Source> sources, Map<String, Topic> topics, SiteConfig config,
                        org.idlibchronicle.link.Passages.Anchors passages) {}
