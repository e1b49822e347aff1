#!/usr/bin/env python3
"""Writes a trained cue tagger's probabilities for every word of the cue sentences: the soft targets of
finetune.py --teacher (distillation: a small tagger learns from a large one as well as from the gold labels).

Input: the cue sentences (`framescope train cue-sentences`) and a tagger folder (cue-tagger.onnx and its record,
e.g. src/main/resources/models/ with --name cue-tagger). Output: one line per input line, the probability at each
word's first piece (6 decimals; -1 for a word whose pieces were cut off by --max-pieces), and a record beside it
(OUT.json: both inputs' SHA-256, the runtime's version) that finetune.py copies into the student's record.

Deterministic: one thread and a fixed batching (sentences sorted by length, then by line) give the same bytes.
Needs numpy and onnxruntime (pip install onnxruntime==1.30.0); no torch, no network.
"""
import argparse
import json
import os
import sys

import numpy as np
import onnxruntime as ort

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cue_data import checked_tagger, read_sentences, sha256  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True, help="cue sentences (framescope train cue-sentences)")
    ap.add_argument("--tagger", required=True, help="folder holding NAME.onnx and NAME.json")
    ap.add_argument("--name", default="cue-tagger", help="the tagger's file name without extension")
    ap.add_argument("--out", required=True, help="output file (probabilities, one line per sentence)")
    ap.add_argument("--max-pieces", type=int, default=256)
    ap.add_argument("--batch", type=int, default=16)
    a = ap.parse_args()
    onnx, record = checked_tagger(a.tagger, a.name)
    if record.get("quantization"):
        raise SystemExit("%s: a quantized tagger's numbers depend on its batch; use a float teacher" % a.tagger)
    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    so.inter_op_num_threads = 1
    sess = ort.InferenceSession(onnx, so, providers=["CPUExecutionProvider"])
    sents = read_sentences(a.data, a.max_pieces)
    order = sorted(range(len(sents)), key=lambda i: (len(sents[i][2]), i))
    probs = [None] * len(sents)
    for start in range(0, len(order), a.batch):
        b = order[start:start + a.batch]
        T = max(len(sents[i][2]) for i in b)
        ids = np.zeros((len(b), T), dtype=np.int64)
        mask = np.zeros((len(b), T), dtype=np.int64)
        for r, i in enumerate(b):
            ids[r, :len(sents[i][2])] = sents[i][2]
            mask[r, :len(sents[i][2])] = 1
        p = sess.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        for r, i in enumerate(b):
            probs[i] = ["%.6f" % p[r, k] if k >= 0 else "-1" for k in sents[i][4]]
        if (start // a.batch) % 200 == 0:
            print("%d / %d sentences" % (start + len(b), len(sents)), flush=True)
    out = "".join(",".join(row) + "\n" for row in probs).encode("utf-8")
    with open(a.out + ".tmp", "wb") as f:
        f.write(out)
    os.replace(a.out + ".tmp", a.out)
    with open(a.data, "rb") as f:
        data_sha = sha256(f.read())
    meta = {"teacher": {"name": record.get("name"), "onnxSha256": record["onnxSha256"]},
            "data": {"file": os.path.basename(a.data), "sha256": data_sha},
            "maxPieces": a.max_pieces, "batch": a.batch, "sha256": sha256(out),
            "versions": {"onnxruntime": ort.__version__, "numpy": np.__version__}}
    with open(a.out + ".json.tmp", "w") as f:
        json.dump(meta, f, indent=2, sort_keys=True)
        f.write("\n")
    os.replace(a.out + ".json.tmp", a.out + ".json")
    print("wrote %s (%d sentences)" % (a.out, len(sents)))


if __name__ == "__main__":
    main()
