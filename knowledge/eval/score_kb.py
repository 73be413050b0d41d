#!/usr/bin/env python3
"""Scores the `kb search` command-line contract on a question file, e.g. knowledge/src/test/resources/eval/dev-questions.jsonl.
usage: score_kb.py JAR QUESTIONS.jsonl [--top 3] [--min-recall 0.9] [--min-refusal 0.8] [--max-false-refusal 0.1]"""
import argparse, json, os, re, subprocess, sys, tempfile, time


def norm(s):
    return re.sub(r"\s+", "", s or "")


def lcs_len(a, b):
    # longest common substring length (small strings)
    best, prev = 0, [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def matches(hit_text, evidence):
    h = norm(hit_text)
    for e in evidence:
        e = norm(e)
        if e in h or lcs_len(e, h) >= min(len(e), 12):
            return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jar"); ap.add_argument("questions")
    ap.add_argument("--top", type=int, default=3)
    ap.add_argument("--min-recall", type=float, default=0.90)
    ap.add_argument("--min-refusal", type=float, default=0.80)
    ap.add_argument("--max-false-refusal", type=float, default=0.10)
    a = ap.parse_args()
    qs = [json.loads(l) for l in open(a.questions, encoding="utf-8") if l.strip()]
    t0 = time.time()
    # the search runs in a scratch directory (its own ./data/index): a relative jar path must not depend on it
    jar = os.path.abspath(a.jar)
    p = subprocess.run(["java", "-jar", jar, "kb", "search", "--top", str(a.top)], input="\n".join(q["q"] for q in qs) + "\n",
                       capture_output=True, text=True, cwd=tempfile.mkdtemp(prefix="kb-eval-"), timeout=600)
    wall = time.time() - t0
    outs = []
    for line in p.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                outs.append(json.loads(line))
            except ValueError:
                pass
    if p.returncode != 0 or len(outs) != len(qs):
        print(p.stderr[-2000:])
        print(f"kb search contract broken: exit {p.returncode}, {len(outs)} JSON lines for {len(qs)} questions")
        sys.exit(1)
    ins = [(q, o) for q, o in zip(qs, outs) if q["type"] != "oos"]
    oos = [(q, o) for q, o in zip(qs, outs) if q["type"] == "oos"]
    hit = sum(1 for q, o in ins if any(matches(h.get("text", ""), q["evidence"]) for h in (o.get("hits") or [])[: a.top]))
    hit1 = sum(1 for q, o in ins if any(matches(h.get("text", ""), q["evidence"]) for h in (o.get("hits") or [])[:1]))
    false_ref = sum(1 for q, o in ins if o.get("abstain"))
    refused = sum(1 for q, o in oos if o.get("abstain"))
    missed = [q["id"] for q, o in ins if not any(matches(h.get("text", ""), q["evidence"]) for h in (o.get("hits") or [])[: a.top])]
    r3, r1 = hit / len(ins), hit1 / len(ins)
    rr = refused / len(oos) if oos else 1.0
    fr = false_ref / len(ins)
    ok = r3 >= a.min_recall and rr >= a.min_refusal and fr <= a.max_false_refusal
    print("missed:", " ".join(missed) or "-")
    print(f"recall@1={r1:.3f} recall@{a.top}={r3:.3f} oos_refusal={rr:.3f} false_refusal={fr:.3f} n={len(qs)} wall={wall:.1f}s")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
