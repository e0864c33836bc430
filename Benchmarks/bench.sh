#!/usr/bin/env bash
# `make bench`: builds one generated course per size with `lectern build` and, on the same
# Markdown, with cmark-gfm, Hugo and pandoc, timed by hyperfine in one run, then prints a table:
# medians, lectern's ratio to each peer, peak RSS, output bytes and lectern's --timings.
#
#   BENCH_SIZES=100,1000,10000   lesson counts (default all three)
#   BENCH_RUNS=5                 hyperfine runs per tool (pandoc and N >= 10,000: fewer)
#   BENCH_DIR=.build/bench       where courses and outputs go (kept for inspection)
#   BENCH_PANDOC=auto            pandoc too: auto runs it below 10,000 lessons (one pandoc run of
#                                10,000 lessons takes most of an hour), 1 always, 0 never
#   LECTERN=.build/release/lectern   GENERATOR=.build/release/lectern-bench
set -euo pipefail

sizes=${BENCH_SIZES:-100,1000,10000}
runs=${BENCH_RUNS:-5}
work=${BENCH_DIR:-.build/bench}
lectern=${LECTERN:-.build/release/lectern}
generator=${GENERATOR:-.build/release/lectern-bench}
templates=${TEMPLATES:-templates}

for tool in hyperfine cmark-gfm hugo pandoc python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: '$tool' is missing (make bench installs it)" >&2; exit 2; }
done
[ -x "$lectern" ] && [ -x "$generator" ] || { echo "bench: build $lectern and $generator first" >&2; exit 2; }
lectern=$(realpath "$lectern"); generator=$(realpath "$generator"); templates=$(realpath "$templates")
mkdir -p "$work"; work=$(realpath "$work")

# Peak resident memory in kB of one run of "$@", from GNU time.
peak_rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
for n in ${sizes//,/ }; do
  dir="$work/$n"
  echo
  echo "== $n lessons =="
  "$generator" course "$n" "$dir"
  lessons=$(ls "$dir"/content/lessons/*.md | sort)
  r=$runs; [ "$n" -ge 10000 ] && r=2
  pandoc_runs=$(( n >= 1000 ? 1 : 2 ))
  with_pandoc=${BENCH_PANDOC:-auto}
  [ "$with_pandoc" = auto ] && with_pandoc=$(( n < 10000 ? 1 : 0 ))

  cmd_lectern="'$lectern' build --content '$dir/content' --templates '$templates' --output '$dir/out-lectern'"
  # cmark-gfm and pandoc read all lessons as one input, as the issue's baseline does.
  cmd_cmark="cmark-gfm -e table -e strikethrough -e autolink -e tasklist $(echo $lessons) '$dir/content/glossary.md' > '$dir/out-cmark.html'"
  cmd_hugo="hugo --quiet --source '$dir/hugo' --destination '$dir/out-hugo'"
  cmd_pandoc="pandoc --mathml -f markdown -t html5 -s --metadata title=Course $(echo $lessons) -o '$dir/out-pandoc.html'"
  # The lesson list is long at 10,000 lessons: hand it to bash through a file, not argv.
  printf '%s\n' "$cmd_cmark" > "$dir/cmd-cmark.sh"; printf '%s\n' "$cmd_pandoc" > "$dir/cmd-pandoc.sh"

  hyperfine --style basic --warmup 1 --runs "$r" --export-json "$dir/fast.json" \
    -n lectern "$cmd_lectern" -n cmark-gfm "bash '$dir/cmd-cmark.sh'" -n hugo "$cmd_hugo" >/dev/null
  rm -f "$dir/pandoc.json" "$dir/out-pandoc.html"
  if [ "$with_pandoc" = 1 ]; then
    hyperfine --style basic --runs "$pandoc_runs" --export-json "$dir/pandoc.json" \
      -n pandoc "bash '$dir/cmd-pandoc.sh'" >/dev/null
  fi

  rss_lectern=$(peak_rss "$lectern" build --content "$dir/content" --templates "$templates" --output "$dir/out-lectern")
  rss_cmark=$(peak_rss bash "$dir/cmd-cmark.sh")
  rss_hugo=$(peak_rss hugo --quiet --source "$dir/hugo" --destination "$dir/out-hugo")
  rss_pandoc=0; [ "$with_pandoc" = 1 ] && rss_pandoc=$(peak_rss bash "$dir/cmd-pandoc.sh")
  timings=$("$lectern" build --timings --content "$dir/content" --templates "$templates" --output "$dir/out-lectern" 2>&1 | sed -n 's/^timing: //p; s/^size: //p' | paste -sd',' | sed 's/,/, /g' || true)

  python3 - "$dir" "$n" "$rss_lectern" "$rss_cmark" "$rss_hugo" "$rss_pandoc" "$timings" <<'EOF'
import json, os, sys
folder, n, timings = sys.argv[1], sys.argv[2], sys.argv[7]
rss = dict(zip(["lectern", "cmark-gfm", "hugo", "pandoc"], sys.argv[3:7]))
results = {}
for name in ["fast.json", "pandoc.json"]:
    if not os.path.exists(os.path.join(folder, name)): continue
    for r in json.load(open(os.path.join(folder, name)))["results"]:
        results[r["command"]] = r["median"]
def size(path):
    if os.path.isfile(path): return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)
out = {"lectern": "out-lectern", "cmark-gfm": "out-cmark.html", "hugo": "out-hugo", "pandoc": "out-pandoc.html"}
src = size(os.path.join(folder, "content"))
print(f"{n} lessons, {src / 1e6:.1f} MB of Markdown")
print(f"| tool | median | lectern / tool | peak RSS | output |")
print(f"|---|---:|---:|---:|---:|")
for tool in ["lectern", "cmark-gfm", "hugo", "pandoc"]:
    if tool not in results: continue
    t = results[tool]
    ratio = "" if tool == "lectern" else f"{results['lectern'] / t:.2f}"
    print(f"| {tool} | {t:.3f} s | {ratio} | {int(rss[tool]) / 1024:.0f} MB | {size(os.path.join(folder, out[tool])) / 1e6:.1f} MB |")
print(f"lectern --timings: {timings}")
# Output linear in the course: the middle lesson page, and the most a page loads before a query
# (the search page's table of shards; every page's own assets besides the fonts).
site = os.path.join(folder, "out-lectern")
lessons = sorted(os.listdir(os.path.join(site, "lessons")))
middle = os.path.join(site, "lessons", lessons[len(lessons) // 2])
sizes = [os.path.getsize(os.path.join(site, "lessons", name)) for name in lessons]
assets = [(os.path.getsize(os.path.join(site, "assets", name)), name) for name in os.listdir(os.path.join(site, "assets"))
          if os.path.isfile(os.path.join(site, "assets", name))]
shards = [os.path.getsize(os.path.join(site, "assets", "search", name)) for name in os.listdir(os.path.join(site, "assets", "search"))]
largest = max(assets)
print(f"lesson pages: middle {os.path.getsize(middle) / 1e3:.1f} kB, mean {sum(sizes) / len(sizes) / 1e3:.1f} kB, largest {max(sizes) / 1e3:.1f} kB; "
      f"largest file loaded before a query: {largest[1]} {largest[0] / 1e3:.1f} kB "
      f"(search-index.js {os.path.getsize(os.path.join(site, 'assets', 'search-index.js')) / 1e3:.1f} kB); "
      f"search shards: {len(shards)}, largest {max(shards) / 1e3:.1f} kB, total {sum(shards) / 1e6:.1f} MB")
EOF
done
