package org.idlibchronicle.plan;

import java.util.Map;
import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Source;

/**
 * What any page may show besides its own model: the names of actors and places, agreements and
 * their provisions (for badges and links), the bibliography (for citations) and the site's
 * settings and identity. When it changes between two builds, every page is made again.
 */
public record Directory(Map<String, Actor> actors, Map<String, Place> places, Map<String, Agreement> agreements,
                        Map<String, Source> sources, SiteConfig config) {}
