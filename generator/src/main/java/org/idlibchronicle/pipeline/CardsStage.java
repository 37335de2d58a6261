package org.idlibchronicle.pipeline;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.idlibchronicle.concurrent.Parallel;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.plan.SitePlan;
import org.idlibchronicle.render.RenderCache;
import org.idlibchronicle.render.card.SocialCardImages;

/**
 * The cards stage: the social cards of a plan's pages, made on the pool once started, each handed
 * to the sink when made. Started apart from its construction because the conductor starts it at
 * once, or only after the dev server's first pages.
 */
final class CardsStage {
    private final SitePlan plan;
    private final Consumer<OutputFile> sink;
    /** Where the cards made are kept between builds ({@code target/social-cards}). */
    private final Path kept;
    /** The dev server's previous build, or null for a build of the whole site. */
    private final RenderCache renderCache;
    private final StageTimes times;
    private CompletableFuture<Void> made;

    CardsStage(SitePlan plan, Consumer<OutputFile> sink, Path kept, RenderCache renderCache, StageTimes times) {
        this.plan = plan;
        this.sink = sink;
        this.kept = kept;
        this.renderCache = renderCache;
        this.times = times;
    }

    /** Starts making the cards, unless they are under way already (called on the build's thread only). */
    void start() {
        if (made != null) return;
        made = Parallel.start(() -> times.time("cards", () -> {
            SocialCardImages images = new SocialCardImages(kept);
            if (renderCache == null) {
                images.each(plan.pages(), sink);
            } else {
                // The dev server: a card that shows what it showed in the last build is that build's file.
                renderCache.startCards();
                images.each(plan.pages(), sink, renderCache::card);
            }
            return null;
        }));
    }

    /** Waits for the cards; a failure among them is thrown as it was thrown. */
    void join() {
        Parallel.joined(made);
    }

    /** Waits for the cards, if started, of a build that is failing: they may be writing to its staging folder. */
    void awaitQuietly() {
        if (made != null) Parallel.awaitQuietly(made);
    }
}
