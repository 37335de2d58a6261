package org.idlibchronicle.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PagePathsTest {
    @Test
    void aLinkClimbsOneFolderPerSlashOfThePageItIsOn() {
        assertEquals("events/x/", PagePaths.relative("index.html", "events/x/"));
        assertEquals("../events/x/", PagePaths.relative("places/index.html", "events/x/"));
        assertEquals("../../events/x/", PagePaths.relative("places/idlib/index.html", "events/x/"));
        assertEquals("../../../../../../a", PagePaths.relative("1/2/3/4/5/6/index.html", "a"));
        assertEquals("../../", PagePaths.root("a/b/index.html"));
        assertEquals("", PagePaths.root("index.html"));
    }
}
