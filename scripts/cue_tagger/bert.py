"""A small BERT (384 wide, 12 heads, any depth) as a token tagger, written out in plain PyTorch.

Three bases are known, all with BERT's uncased word pieces (the same vocabulary, so the same piece ids):
all-MiniLM-L6-v2 (6 layers), bge-small-en-v1.5 and e5-small-v2 (12 layers each), as langchain4j exports them to
ONNX.

The weights are a flat dict name -> tensor, so the same forward runs the float32 parameters in training and
the float16 copies in the exported ONNX file (there each weight is cast to float32 where it is used; ONNX
Runtime folds those casts when it loads the model, so inference runs in float32 from a half-size file).
"""
import math

import numpy as np
import torch

WIDTH, HEADS, EPS = 384, 12, 1e-12
_LINEAR = ["query", "key", "value", "attn_out", "inter", "out"]


def pretrained(initializers, keep=0):
    """The encoder's weights from the initializers of the langchain4j ONNX export, plus a new cue head; with
    `keep` > 0 only the first `keep` encoder layers (a shallower tagger: the layers above are left out).

    The export names biases and layer norms but calls the six matrices of each layer onnx::MatMul_<n>, in
    graph order: query, key, value, attention output, intermediate, output (stored in x @ W form). The order was
    checked by comparing this forward with ONNX Runtime on the original file (see the README).
    """
    w = initializers
    p = {
        "word": w["embeddings.word_embeddings.weight"],
        "position": w["embeddings.position_embeddings.weight"],
        "type": w["embeddings.token_type_embeddings.weight"],
        "emb_ln.w": w["embeddings.LayerNorm.weight"],
        "emb_ln.b": w["embeddings.LayerNorm.bias"],
    }
    mats = sorted((k for k in w if k.startswith("onnx::MatMul_")), key=lambda k: int(k.rsplit("_", 1)[1]))
    n = len({k.split(".")[2] for k in w if k.startswith("encoder.layer.")})
    if n == 0 or len(mats) != 6 * n:
        raise ValueError("expected %d weight matrices for %d layers, found %d" % (6 * n, n, len(mats)))
    bias = ["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
            "intermediate.dense", "output.dense"]
    if keep < 0 or keep > n:
        raise ValueError("cannot keep %d of the base's %d layers" % (keep, n))
    for i in range(keep or n):
        pre = "encoder.layer.%d." % i
        for j, name in enumerate(_LINEAR):
            p["%d.%s.w" % (i, name)] = w[mats[6 * i + j]]
            p["%d.%s.b" % (i, name)] = w[pre + bias[j] + ".bias"]
        p["%d.ln1.w" % i] = w[pre + "attention.output.LayerNorm.weight"]
        p["%d.ln1.b" % i] = w[pre + "attention.output.LayerNorm.bias"]
        p["%d.ln2.w" % i] = w[pre + "output.LayerNorm.weight"]
        p["%d.ln2.b" % i] = w[pre + "output.LayerNorm.bias"]
    return _with_new_head({k: torch.tensor(np.array(v, dtype=np.float32)) for k, v in p.items()})


def _with_new_head(out):
    """`out` with a cue head drawn as torch.nn.Linear(384, 1) starts (uniform within 1/sqrt(384)), from torch's
    seeded generator: a zero head leaves the encoder without gradient until the head has grown, which slowed
    training badly."""
    bound = 1.0 / math.sqrt(WIDTH)
    out["head.w"] = (torch.rand(WIDTH) * 2 - 1) * bound
    out["head.b"] = (torch.rand(1) * 2 - 1) * bound
    return out


def from_tagger(initializers, keep):
    """The embeddings and first `keep` encoder layers of a tagger this script exported (its buffers are named
    w_<weight name with _ for .>, in float16), widened to float32, plus a new cue head (`_with_new_head`):
    a shallow student that starts from a fine-tuned teacher's lower layers instead of the base's."""
    w = initializers
    n = sum(1 for k in w if k.startswith("w_") and k.endswith("_query_w"))
    if keep <= 0 or keep > n:
        raise ValueError("cannot keep %d of the tagger's %d layers" % (keep, n))
    names = ["word", "position", "type", "emb_ln.w", "emb_ln.b"]
    for i in range(keep):
        names += ["%d.%s.%s" % (i, m, x) for m in _LINEAR for x in ("w", "b")]
        names += ["%d.%s.%s" % (i, m, x) for m in ("ln1", "ln2") for x in ("w", "b")]
    out = {}
    for k in names:
        key = "w_" + k.replace(".", "_")
        if key not in w:
            raise ValueError("the tagger has no weight %s" % key)
        out[k] = torch.tensor(np.array(w[key], dtype=np.float32))
    return _with_new_head(out)


def layers(P):
    """How many encoder layers the weight dict holds."""
    return sum(1 for k in P if k.endswith(".query.w"))


def encode(P, ids, mask, get=lambda t: t):
    """Last-layer states [B, T, 384]; `get` turns a stored weight into the float32 one used. No dropout inside the
    encoder (fine-tuning showed no need on PolNeAR's 27,000 training sentences)."""
    B, T = ids.shape
    d = WIDTH // HEADS
    ln = torch.nn.functional.layer_norm
    pos = torch.arange(T).unsqueeze(0)
    x = get(P["word"])[ids] + get(P["position"])[pos] + get(P["type"])[0]
    x = ln(x, (WIDTH,), get(P["emb_ln.w"]), get(P["emb_ln.b"]), EPS)
    add_mask = (1.0 - mask[:, None, None, :].float()) * -10000.0
    split = lambda t: t.view(B, T, HEADS, d).transpose(1, 2)
    for i in range(layers(P)):
        lin = lambda t, n: t @ get(P["%d.%s.w" % (i, n)]) + get(P["%d.%s.b" % (i, n)])
        a = torch.softmax(split(lin(x, "query")) @ split(lin(x, "key")).transpose(-1, -2) / math.sqrt(d) + add_mask, -1)
        c = (a @ split(lin(x, "value"))).transpose(1, 2).reshape(B, T, WIDTH)
        x = ln(x + lin(c, "attn_out"), (WIDTH,), get(P["%d.ln1.w" % i]), get(P["%d.ln1.b" % i]), EPS)
        h = torch.nn.functional.gelu(lin(x, "inter"))
        x = ln(x + lin(h, "out"), (WIDTH,), get(P["%d.ln2.w" % i]), get(P["%d.ln2.b" % i]), EPS)
    return x


def cue_logits(P, ids, mask, dropout=0.0, training=False, get=lambda t: t):
    """One logit per word piece: does it begin a cue's head word. Dropout on the head's input only."""
    return head(P, encode(P, ids, mask, get), dropout, training, get)


def head(P, x, dropout=0.0, training=False, get=lambda t: t):
    """The cue head over last-layer states `x` [B, T, 384]: one logit per word piece."""
    x = torch.nn.functional.dropout(x, dropout, training)
    return x @ get(P["head.w"]) + get(P["head.b"])


class Exported(torch.nn.Module):
    """The tagger for ONNX export: float16 weights, probabilities out."""

    def __init__(self, P):
        super().__init__()
        self.names = sorted(P)
        for k in self.names:
            self.register_buffer("w_" + k.replace(".", "_"), P[k].detach().to(torch.float16))

    def forward(self, input_ids, attention_mask):
        P = {k: getattr(self, "w_" + k.replace(".", "_")) for k in self.names}
        return torch.sigmoid(cue_logits(P, input_ids, attention_mask, get=lambda t: t.float()))
