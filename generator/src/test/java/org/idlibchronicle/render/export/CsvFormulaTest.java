package org.idlibchronicle.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 31 (F16): a text a spreadsheet would run as a formula goes into the CSV exports as text. */
class CsvFormulaTest {
    @Test
    void aCellOpeningAFormulaIsMadeTextAndNumbersStayNumbers() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("title", "=HYPERLINK(\"https://evil.example\",\"Saraqib\")");
        row.put("of", "@SUM(A1:A9)");
        row.put("note", "+1 more");
        row.put("tab", "\tcmd");
        row.put("value", "-3");
        row.put("min", "1200");
        row.put("place", "Saraqib");
        Map<String, String> out = DataExports.inert(row);
        assertEquals("'=HYPERLINK(\"https://evil.example\",\"Saraqib\")", out.get("title"));
        assertEquals("'@SUM(A1:A9)", out.get("of"));
        assertEquals("'+1 more", out.get("note"));
        assertEquals("'\tcmd", out.get("tab"));
        assertEquals("-3", out.get("value"));
        assertEquals("1200", out.get("min"));
        assertEquals("Saraqib", out.get("place"));
    }
}
