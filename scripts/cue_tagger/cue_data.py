"""Reads the cue sentences that `framescope train cue-sentences` writes (shared by finetune.py and teacher.py).

One sentence per line: article id, validation flag, sentence index, word pieces, word index of each piece, per-word
label (1 cue head, 0 other candidate, -1 not a candidate) and, with --roles, a 7th column: each word's role in the
gold attributions (0 none, 1 source, 2 cue, 3 content). No third-party imports, so teacher.py runs without torch.
Also the checked readers of a tagger folder and of a teacher's probabilities, which both scripts use.
"""
import hashlib
import json
import os


def sha256(b):
    return hashlib.sha256(b).hexdigest()


def checked_tagger(folder, name="cue-tagger"):
    """(ONNX bytes, record) of NAME.onnx and NAME.json in `folder`; refused when the file is not the one its
    record names."""
    with open(os.path.join(folder, name + ".onnx"), "rb") as f:
        onnx = f.read()
    with open(os.path.join(folder, name + ".json"), encoding="utf-8") as f:
        record = json.load(f)
    if record.get("onnxSha256") != sha256(onnx):
        raise SystemExit("%s: %s.onnx is not the file its record names" % (folder, name))
    return onnx, record


def read_teacher(path, data_sha256, max_pieces):
    """(record, one list of word probabilities per sentence) of teacher.py's output; refused when it was written
    for other cue sentences, with another --max-pieces, or is not the file its record (PATH.json) names."""
    with open(path, "rb") as f:
        raw = f.read()
    with open(path + ".json", encoding="utf-8") as f:
        record = json.load(f)
    if record.get("sha256") != sha256(raw):
        raise SystemExit("%s: not the file its record names" % path)
    if record["data"]["sha256"] != data_sha256:
        raise SystemExit("%s: written for other cue sentences" % path)
    if record.get("maxPieces") != max_pieces:
        raise SystemExit("%s: written with --max-pieces %s, not %d" % (path, record.get("maxPieces"), max_pieces))
    rows = [[float(x) for x in line.split(",")] if line else [] for line in raw.decode("utf-8").split("\n")[:-1]]
    return dict(record, file=os.path.basename(path)), rows


def read_sentences(path, max_pieces):
    """(article, in validation, piece ids, labels, first piece of each word or -1, roles or None) per line."""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 6:
                raise SystemExit("%s:%d: expected 6 tab-separated columns, found %d" % (path, n, len(parts)))
            doc, val, _, pieces, words, labels = parts[:6]
            ids = [int(x) for x in pieces.split(",")]
            wid = [int(x) for x in words.split(",")]
            lab = [int(x) for x in labels.split(",")] if labels else []
            # the 7th column (roles: 0 none, 1 source, 2 cue, 3 content) is the auxiliary target of --aux-weight
            roles = [int(x) for x in parts[6].split(",")] if len(parts) > 6 and parts[6] else None
            if roles is not None and len(roles) != len(lab):
                raise SystemExit("%s:%d: %d roles for %d words" % (path, n, len(roles), len(lab)))
            if len(ids) > max_pieces:  # keep the start and the closing [SEP]
                ids, wid = ids[:max_pieces - 1] + ids[-1:], wid[:max_pieces - 1] + [-1]
            first = {}
            for k, w in enumerate(wid):
                if w >= 0 and w not in first:
                    first[w] = k
            pos = [first.get(t, -1) for t in range(len(lab))]
            out.append((doc, val == "1", ids, lab, pos, roles))
    return out
