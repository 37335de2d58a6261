#!/usr/bin/env python3
"""Dev-server benchmark: time from saving an edited event to its page, with the edit, being
served by `site-serve` (and, for comparison, the same with `hugo server` on the same corpus).

Usage: bench/serve-bench.py <corpus> <classpath> [edits] [actor ids]
  <corpus>    a project root (content/, templates/, assets/, schemas/), e.g. one written by
              SyntheticCorpus; a `hugo/` folder beside content/ is benchmarked with `hugo server`.
  <classpath> the generator's classpath (target/classes plus dependencies).
  [actor ids] also edit these actors' descriptions (comma-separated ids of content/actors/<id>.yaml
              with a `description: |` block), each timed to the actor's page, after the event
              edits (ours only).
  JAVA_OPTS   extra JVM options for our server (the same as .mvn/jvm.config gives `mvn site-serve`).
Each edit rewrites one event's title with a new marker word, then polls the server over HTTP
until the event page contains it. While it does, the page is open as a browser tab keeps it open:
its live-reload event stream (`/__dev/events?page=…`) is connected, so the server knows the page
is being looked at (set OPEN_PAGES=no to poll without it); the next edit waits until the server has also updated its
search index (which it does after the reload). Prints the median and range for both tools; not part of CI.
"""
import glob
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


def wait_for(url, marker, timeout=60.0):
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if marker in r.read().decode("utf-8", "replace"):
                    return True
        except OSError:
            pass
        time.sleep(0.005)
    return False


def open_page(base, path):
    """Connects the page's live-reload event stream, as the page's script does in a browser, and keeps
    it open (a daemon thread reads it until the server stops)."""
    if os.environ.get("OPEN_PAGES", "yes") == "no":
        return
    import threading
    from urllib.parse import quote

    def listen():
        try:
            with urllib.request.urlopen(f"{base}__dev/events?page={quote(path)}&served=bench", timeout=3600) as r:
                while r.readline():
                    pass
        except OSError:
            pass

    threading.Thread(target=listen, daemon=True).start()
    time.sleep(0.2)


def edit_and_time(path, url, field_pattern, replacement, n, warm=2, settled=None):
    original = open(path, encoding="utf-8").read()
    times = []
    try:
        for i in range(warm + n):
            marker = f"benchmarker{i}x{int(time.time() * 1000) % 100000}"
            text = re.sub(field_pattern, replacement(marker), original, count=1, flags=re.M)
            start = time.monotonic()
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            if not wait_for(url, marker):
                raise SystemExit(f"{url} never showed {marker}")
            if i >= warm:
                times.append(time.monotonic() - start)
            # Let the server finish what follows the reload (search index) before the next edit.
            if settled:
                settled(i + 1)
            time.sleep(0.5)
    finally:
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
    return times


def serve(cmd, url, log, timeout=600):
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return proc
        except OSError:
            time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGTERM)
    raise SystemExit(f"server at {url} did not start; see {log.name}")


def stop(proc):
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait()


def summary(name, times):
    ms = [t * 1000 for t in times]
    return f"| {name} | {statistics.median(ms):.0f} | {min(ms):.0f}–{max(ms):.0f} | {len(ms)} |"


def main():
    corpus, classpath = sys.argv[1], sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    actors = sys.argv[4].split(",") if len(sys.argv) > 4 else []
    work = tempfile.mkdtemp(prefix="serve-bench-")
    rows = []
    event = sorted(glob.glob(os.path.join(corpus, "content/events/*/*.md")))[len(glob.glob(os.path.join(corpus, "content/events/*/*.md"))) // 2]
    event_id = os.path.basename(event)[:-3]
    year = os.path.basename(os.path.dirname(event))
    with open(os.path.join(work, "ours.log"), "w") as log:
        proc = serve(["java", "-Xmx2g", *os.environ.get("JAVA_OPTS", "").split(), "-Dsite.port=8391", "-cp", classpath, "org.idlibchronicle.Main", corpus,
                      "--out", os.path.join(work, "site"), "--serve"], "http://127.0.0.1:8391/", log)
        try:
            def index_updated(count):
                deadline = time.monotonic() + 60
                while time.monotonic() < deadline:
                    if open(log.name).read().count("search index and data files up to date") >= count:
                        return
                    time.sleep(0.05)
            open_page("http://127.0.0.1:8391/", f"events/{year}/{event_id}.html")
            times = edit_and_time(event, f"http://127.0.0.1:8391/events/{year}/{event_id}.html",
                                  r'^title: ("?)', lambda m: f"title: \\g<1>{m} ", edits, settled=index_updated)
            rows.append(summary("idlib-chronicle site-serve", times))
            for actor in actors:
                open_page("http://127.0.0.1:8391/", f"actors/{actor}.html")
                done = open(log.name).read().count("search index and data files up to date")
                times = edit_and_time(os.path.join(corpus, "content/actors", actor + ".yaml"),
                                      f"http://127.0.0.1:8391/actors/{actor}.html", r'^(description: \|\n  )',
                                      lambda m: f"\\g<1>{m} ", edits, settled=lambda n: index_updated(done + n))
                rows.append(summary(f"idlib-chronicle site-serve, actor {actor}'s description", times))
        finally:
            stop(proc)
    hugo_event = os.path.join(corpus, "hugo/content/events", event_id + ".md")
    if shutil.which("hugo") and os.path.exists(hugo_event):
        with open(os.path.join(work, "hugo.log"), "w") as log:
            proc = serve(["hugo", "server", "-s", os.path.join(corpus, "hugo"), "-p", "8392", "--bind", "127.0.0.1",
                          "--disableLiveReload", "-d", os.path.join(work, "hugo-site")], "http://127.0.0.1:8392/", log)
            try:
                times = edit_and_time(hugo_event, f"http://127.0.0.1:8392/events/{event_id}/",
                                      r'^title: "', lambda m: f'title: "{m} ', edits)
                rows.append(summary("hugo server", times))
            finally:
                stop(proc)
    print("| server | edit to page served, median ms | range | edits |")
    print("|---|---|---|---|")
    print("\n".join(rows))
    print(f"(logs in {work})")


if __name__ == "__main__":
    main()
