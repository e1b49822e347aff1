"""Reads the cue sentences that `framescope train cue-sentences` writes (shared by finetune.py and teacher.py).

One sentence per line: article id, validation flag, sentence index, word pieces, word index of each piece, per-word
label (1 cue head, 0 other candidate, -1 not a candidate) and, with --roles, a 7th column: each word's role in the
gold attributions (0 none, 1 source, 2 cue, 3 content). No third-party imports, so teacher.py runs without torch.
"""


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
