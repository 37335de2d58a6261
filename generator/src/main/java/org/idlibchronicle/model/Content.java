package org.idlibchronicle.model;

import java.util.List;
import java.util.Set;

/**
 * Everything loaded from {@code content/}, each list sorted by id (events by date, then id).
 * {@code unreadable} holds the ids of files that failed to load, so later checks do not
 * report every reference to them as unknown: the load error is the one to fix.
 */
public record Content(List<Event> events, List<Agreement> agreements, List<Actor> actors,
                      List<Place> places, List<Source> sources, Set<String> unreadable) {}
