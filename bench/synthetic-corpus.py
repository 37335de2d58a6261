#!/usr/bin/env python3
"""Writes a checkout with the real content/ plus synthetic events, for search benchmarks.

usage: synthetic-corpus.py REPO OUT DOCS
The synthetic events recombine the real events' titles, summaries and bodies (with their real
source footnotes and item links, so the build accepts them) under new ids and dates; the seed is
fixed, so the corpus is the same on every run. Templates, assets, schemas, maps and site.yaml are copied from the checkout.
"""
import os, random, re, shutil, sys, datetime

repo, out, docs = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(7)
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
shutil.copytree(os.path.join(repo, "content"), os.path.join(out, "content"))
for part in ("templates", "assets", "schemas", "maps"):
    # maps/ (the map outline) is optional; without it, the places' locations are an error.
    if os.path.isdir(os.path.join(repo, part)):
        shutil.copytree(os.path.join(repo, part), os.path.join(out, part))
# The site's own words (title, tagline, labels): the build refuses a checkout without them.
shutil.copy(os.path.join(repo, "site.yaml"), os.path.join(out, "site.yaml"))
# The synthetic events copy real events' footnotes onto made-up statements, so their quotes would
# not be true of them: the corpus is built as a record still being migrated, quotes optional.
with open(os.path.join(out, "site.yaml"), encoding="utf-8") as f:
    settings = f.read()
settings = re.sub(r"^quotes:.*$", "quotes: optional", settings, flags=re.M)
if not re.search(r"^quotes:", settings, flags=re.M):
    settings += "\nquotes: optional\n"
with open(os.path.join(out, "site.yaml"), "w", encoding="utf-8") as f:
    f.write(settings)

events = []
for root, _, files in os.walk(os.path.join(repo, "content", "events")):
    for f in sorted(files):
        if f.endswith(".md"):
            text = open(os.path.join(root, f), encoding="utf-8").read()
            m = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
            if not m:
                continue
            front, body = m.group(1), m.group(2)
            get = lambda k: (re.search(r"^" + k + r":\s*(.*)$", front, re.M) or [None, ""])[1]
            paras = [p for p in body.split("\n\n") if "[^" in p and not p.startswith("[^")]
            if paras and get("title") and get("summary"):
                events.append(dict(title=get("title").strip('"'), summary=get("summary"), places=get("places"),
                                   actors=get("actors"), paras=paras))
real = sum(len(fs) for _, _, fs in os.walk(os.path.join(repo, "content")))
count = max(0, docs - real)
title_words = [w for e in events for w in e["title"].split()]
start = datetime.date(2018, 1, 1)
for i in range(count):
    e = rng.choice(events)
    other = rng.choice(events)
    date = start + datetime.timedelta(days=rng.randrange(3 * 365))
    title = " ".join(rng.sample(title_words, 3)) + " " + " ".join(e["title"].split()[:4])
    title = re.sub(r"[\\\"':]", " ", title)
    summary = re.sub(r"[\\\"]", " ", other["summary"].strip().strip('"'))
    body = "\n\n".join(rng.sample(e["paras"], min(2, len(e["paras"]))) + [rng.choice(other["paras"])])
    d = os.path.join(out, "content", "events", str(date.year))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "%s-synthetic-%05d.md" % (date.isoformat(), i)), "w", encoding="utf-8") as f:
        f.write('---\ntitle: "%s"\ndate: %s\nsummary: "%s"\nplaces: %s\nactors: %s\n---\n%s\n'
                % (title, date.isoformat(), summary, e["places"], e["actors"], body))
print("%d real files + %d synthetic events in %s" % (real, count, out))
