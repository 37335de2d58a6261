package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idlibchronicle.testsupport.Browser;
import org.idlibchronicle.testsupport.RealSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 30: on every map of the real site, as Chromium draws it on a phone and on a desktop, no two
 * labels overlap, no label crosses a road's line or a label's leader, and every label lies inside its picture. The
 * review found the M5 line through "Kafr Nabl" and Afs over Saraqib. Labels are measured with
 * {@code getBBox}, so the test sees the fonts the browser really uses, not the generator's estimate.
 * Each distinct picture is checked once: many events share their locator.
 */
class MapLabelsIT {
    @RegisterExtension
    static final Browser CHROMIUM = Browser.perClass(1280, 900);

    /** Finds, for every map on the page, the labels that collide: as "map n: what" lines. */
    private static final String COLLISIONS = """
            const out = [];
            // A label's box is its glyphs' em box; the space above capitals and below descenders is
            // part of it, so two labels are said to overlap when their boxes share more than a unit.
            const overlap = (a, b) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1
                && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;
            const crosses = (b, s) => {
              const dx = s[2] - s[0], dy = s[3] - s[1];
              const p = [-dx, dx, -dy, dy], q = [s[0] - b.x, b.x + b.width - s[0], s[1] - b.y, b.y + b.height - s[1]];
              let enter = 0, leave = 1;
              for (let i = 0; i < 4; i++) {
                if (p[i] === 0) { if (q[i] < 0) return false; }
                else { const t = q[i] / p[i]; if (p[i] < 0) enter = Math.max(enter, t); else leave = Math.min(leave, t); }
              }
              return enter <= leave;
            };
            document.querySelectorAll('svg.place-map').forEach((svg, n) => {
              const view = svg.viewBox.baseVal;
              const labels = [...svg.querySelectorAll('text')].map(t => ({text: t.textContent, box: t.getBBox()}));
              const roads = [];
              svg.querySelectorAll('.map-road polyline').forEach(line => {
                for (let i = 1; i < line.points.numberOfItems; i++) {
                  const a = line.points.getItem(i - 1), b = line.points.getItem(i);
                  roads.push([a.x, a.y, b.x, b.y]);
                }
              });
              // A leader, from a crowded place to its label standing away, is a line too.
              svg.querySelectorAll('line.map-leader').forEach(l =>
                roads.push([l.x1.baseVal.value, l.y1.baseVal.value, l.x2.baseVal.value, l.y2.baseVal.value]));
              labels.forEach((l, i) => {
                const b = l.box;
                if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > view.width + 0.5 || b.y + b.height > view.height + 0.5)
                  out.push('map ' + n + ': "' + l.text + '" runs out of the picture');
                labels.slice(i + 1).forEach(o => { if (overlap(b, o.box)) out.push('map ' + n + ': "' + l.text + '" overlaps "' + o.text + '"'); });
                if (roads.some(s => crosses(b, s))) out.push('map ' + n + ': a road or leader crosses "' + l.text + '"');
              });
            });
            return out;
            """;

    @Test
    void noLabelOverlapsAnotherOrARoadOnAnyMap() throws IOException {
        Map<String, String> pictures = pagesByPicture();
        assertTrue(pictures.size() > 20, "the real site should have many distinct maps, found " + pictures.size());
        ChromeDriver browser = CHROMIUM.driver();
        List<String> problems = new ArrayList<>();
        int[][] screens = {{1280, 900}, {375, 812}};
        for (int[] screen : screens) {
            browser.manage().window().setSize(new Dimension(screen[0], screen[1]));
            for (String page : pictures.values()) {
                browser.get(RealSite.url() + page);
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) browser.executeScript(COLLISIONS);
                found.forEach(f -> problems.add(page + " at " + screen[0] + " px: " + f));
            }
        }
        System.out.println("MAP LABELS " + pictures.size() + " distinct pictures checked at 1280 and 375 px");
        assertEquals(List.of(), problems, "labels that collide");
    }

    /** One page for each distinct set of map pictures of the real site. */
    private static Map<String, String> pagesByPicture() throws IOException {
        Pattern svg = Pattern.compile("<svg [^>]*class=\"place-map.*?</svg>", Pattern.DOTALL);
        Map<String, String> byPicture = new LinkedHashMap<>();
        for (String page : RealSite.pages()) {
            String html = Files.readString(RealSite.site().resolve(page), StandardCharsets.UTF_8);
            Matcher m = svg.matcher(html);
            StringBuilder pictures = new StringBuilder();
            while (m.find()) pictures.append(m.group());
            if (pictures.length() > 0) byPicture.putIfAbsent(pictures.toString(), page);
        }
        return byPicture;
    }
}
