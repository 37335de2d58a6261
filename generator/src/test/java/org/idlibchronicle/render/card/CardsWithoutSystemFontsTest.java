package org.idlibchronicle.render.card;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.idlibchronicle.plan.SocialCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build machine may have no fonts at all (CI's may not): a JVM whose fontconfig finds none
 * draws a card byte for byte as this one does, because the cards use only the typeface in the jar.
 */
class CardsWithoutSystemFontsTest {
    static final SocialCard CARD = new SocialCard("cards/x.png", "Event",
            "Brawl in the Turkish parliament after a deputy accuses Erdoğan – “soldiers killed”", "4 March 2020",
            "Idlib Chronicle");

    /** Run in the child JVM: prints the hash of {@link #CARD}'s bytes. */
    public static void main(String[] args) throws Exception {
        System.out.println(hash(new SocialCardImages(null).bytes(CARD)));
    }

    static String hash(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aJvmThatFindsNoFontDrawsTheSameCard(@TempDir Path tmp) throws Exception {
        Path config = tmp.resolve("fonts.conf");
        Files.writeString(config, "<?xml version=\"1.0\"?>\n<fontconfig><dir>" + tmp.resolve("no-fonts")
                + "</dir><cachedir>" + tmp.resolve("cache") + "</cachedir></fontconfig>\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        // Fontconfig is shown no font folder; nor is the JDK's own search of the usual folders, nor
        // its table of the files its logical fonts are made of: the JVM finds no font of the machine.
        Files.createDirectories(tmp.resolve("no-fonts"));
        Path table = tmp.resolve("fontconfig.properties");
        Files.writeString(table, "version=1\nsequence.allfonts=default\n");
        ProcessBuilder child = new ProcessBuilder(List.of(java, "-Dsun.java2d.fontpath=" + tmp.resolve("no-fonts"),
                "-Dsun.awt.fontconfig=" + table, "-cp", System.getProperty("java.class.path"),
                CardsWithoutSystemFontsTest.class.getName())).redirectErrorStream(true);
        child.environment().put("FONTCONFIG_FILE", config.toString());
        Process p = child.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        assertEquals(hash(new SocialCardImages(null).bytes(CARD)), out);
    }
}
