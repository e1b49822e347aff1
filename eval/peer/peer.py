#!/usr/bin/env python3
"""The scikit-learn peer for framescope's classifier table (issue 14).

The first thing a researcher would try: TF-IDF word 1-2-grams + char_wb 2-5-grams (sublinear tf,
min_df 2) and logistic regression (liblinear, C=1, default settings otherwise), on exactly the splits
framescope uses:

* BABE SG2 sentence bias: the same stratified 5-fold assignment as `framescope evaluate bias --seed 42`
  (framescope's Folds.stratified re-implemented with Java's java.util.Random, checked against the fold
  assignment the CLI wrote when --check-folds is given); pooled out-of-fold macro-F1 as framescope reports.
* NewsMTSC stance: train on train.jsonl, score devtest_mt.jsonl; the target mention replaced by the token
  "targetentity" (so the model knows which entity is meant), multinomial LR.

Usage (from the repository root; Debian's /usr/bin/python3 has scikit-learn and pandas):

    /usr/bin/python3 eval/peer/peer.py [--shared ../shared] [--check-folds notebooks/results/bias.json] \
        [--out notebooks/results/peer.json]

Prints one line per task and writes a JSON summary.
"""
import argparse
import hashlib
import json
import pathlib
import sys

import numpy as np
import pandas as pd
import scipy.sparse as sp
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_fscore_support, roc_auc_score


class JavaRandom:
    """java.util.Random (48-bit LCG), enough for nextInt(bound) as Collections.shuffle uses it."""

    MASK = (1 << 48) - 1

    def __init__(self, seed):
        self.seed = (seed ^ 0x5DEECE66D) & self.MASK

    def next(self, bits):
        self.seed = (self.seed * 0x5DEECE66D + 0xB) & self.MASK
        return self.seed >> (48 - bits)

    def next_int(self, bound):
        if bound & -bound == bound:
            return (bound * self.next(31)) >> 31
        while True:
            bits = self.next(31)
            val = bits % bound
            if bits - val + (bound - 1) < (1 << 31):
                return val


def stratified_folds(labels, k, seed):
    """framescope's Folds.stratified: per class (ascending) Collections.shuffle with one Random, round-robin."""
    rnd = JavaRandom(seed)
    fold = [0] * len(labels)
    nxt = 0
    for c in range(max(labels) + 1):
        idx = [i for i, y in enumerate(labels) if y == c]
        for i in range(len(idx), 1, -1):  # Collections.shuffle on a RandomAccess list
            j = rnd.next_int(i)
            idx[i - 1], idx[j] = idx[j], idx[i - 1]
        for i in idx:
            fold[i] = nxt
            nxt = (nxt + 1) % k
    return fold


def features(train_text, test_text):
    word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, lowercase=True)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2, lowercase=True)
    xtr = sp.hstack([word.fit_transform(train_text), char.fit_transform(train_text)]).tocsr()
    xte = sp.hstack([word.transform(test_text), char.transform(test_text)]).tocsr()
    return xtr, xte


def sha256(path):
    return hashlib.sha256(pathlib.Path(path).read_bytes()).hexdigest()


def babe(shared, check):
    path = shared / "datasets/babe/final_labels_SG2.csv"
    df = pd.read_csv(path, sep=";", encoding="utf-8-sig", keep_default_na=False)
    df = df[df["label_bias"].isin(["Biased", "Non-biased"])].reset_index(drop=True)
    y = (df["label_bias"] == "Biased").astype(int).to_numpy()
    fold = np.array(stratified_folds(list(y), 5, 42))
    if check:
        theirs = json.loads(pathlib.Path(check).read_text()).get("foldOf")
        if theirs is None or list(theirs) != list(fold):
            sys.exit("peer: fold assignment differs from " + check)
    text = df["text"].tolist()
    pred = np.zeros(len(y), dtype=int)
    prob = np.zeros(len(y))
    per_fold = []
    for f in range(5):
        tr, te = np.where(fold != f)[0], np.where(fold == f)[0]
        xtr, xte = features([text[i] for i in tr], [text[i] for i in te])
        lr = LogisticRegression(C=1.0, solver="liblinear", max_iter=1000).fit(xtr, y[tr])
        prob[te] = lr.predict_proba(xte)[:, 1]
        pred[te] = (prob[te] >= 0.5).astype(int)
        per_fold.append(round(f1_score(y[te], pred[te], average="macro"), 4))
    return {"data": str(path), "sha256": sha256(path), "rows": int(len(y)), "folds": 5, "seed": 42,
            "foldsCheckedAgainst": check, "macroF1": round(f1_score(y, pred, average="macro"), 4),
            "perFoldMacroF1": per_fold, "rocAuc": round(roc_auc_score(y, prob), 4)}


def mtsc_rows(path):
    rows = []
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        s = rec["sentence_normalized"]
        for t in rec["targets"]:
            label = {2.0: 0, 4.0: 1, 6.0: 2}[float(t["polarity"])]
            rows.append((s[:t["from"]] + " targetentity " + s[t["to"]:], label))
    return rows


def stance(shared):
    trp = shared / "datasets/newsmtsc/train.jsonl"
    tep = shared / "datasets/newsmtsc/devtest_mt.jsonl"
    train, test = mtsc_rows(trp), mtsc_rows(tep)
    xtr, xte = features([t for t, _ in train], [t for t, _ in test])
    ytr = np.array([y for _, y in train])
    yte = np.array([y for _, y in test])
    lr = LogisticRegression(C=1.0, solver="lbfgs", max_iter=2000).fit(xtr, ytr)
    pred = lr.predict(xte)
    _, _, f1, _ = precision_recall_fscore_support(yte, pred, labels=[0, 1, 2], zero_division=0)
    return {"train": str(trp), "trainSha256": sha256(trp), "test": str(tep), "testSha256": sha256(tep),
            "targets": int(len(yte)), "macroF1": round(float(np.mean(f1)), 4),
            "f1PerClass": {"negative": round(f1[0], 4), "neutral": round(f1[1], 4), "positive": round(f1[2], 4)}}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--check-folds", default=None, help="bias evaluation JSON with foldOf to compare folds with")
    ap.add_argument("--out", default="notebooks/results/peer.json")
    a = ap.parse_args()
    shared = pathlib.Path(a.shared)
    out = {"schema": "framescope.evaluation.peer/1", "peer": "scikit-learn TF-IDF word 1-2 + char_wb 2-5 (sublinear, min_df 2) + LogisticRegression(C=1)",
           "sklearn": sklearn.__version__, "bias": babe(shared, a.check_folds), "stance": stance(shared)}
    print("peer BABE 5-fold macro-F1 %.4f (ROC-AUC %.4f)" % (out["bias"]["macroF1"], out["bias"]["rocAuc"]))
    s = out["stance"]
    print("peer NewsMTSC devtest_mt macro-F1 %.4f (F1 neg %.4f neu %.4f pos %.4f)" % (
        s["macroF1"], s["f1PerClass"]["negative"], s["f1PerClass"]["neutral"], s["f1PerClass"]["positive"]))
    pathlib.Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    tmp = pathlib.Path(a.out + ".tmp")
    tmp.write_text(json.dumps(out, indent=2, sort_keys=True) + "\n")
    tmp.replace(a.out)


if __name__ == "__main__":
    main()
