#!/usr/bin/env python3
"""Quantizes a cue tagger that finetune.py wrote to 8-bit integers (ONNX Runtime's dynamic quantization).

Input: a folder with cue-tagger.onnx (float16 weights cast to float32 where used) and cue-tagger.json (the
training record). Output, in --out: the quantized cue-tagger.onnx and its record: the training record with the new
file's SHA-256, a `quantization` entry (method, what was left in float, the tools' versions, the float file's
SHA-256), the check sentence's probabilities as this runtime computes them, and `checkTolerance`.

What is quantized: every matrix product with a weight matrix (per output channel, signed 8 bits) and the word-piece
embedding table; the activations are quantized on the fly, one scale per input tensor. The cue head (a 384-vector)
stays in float. Because the activations' scale is taken over the whole input, a sentence's numbers depend on the
other sentences of its batch: framescope runs a quantized tagger one sentence at a time (classify/OnnxCueTagger).

`checkTolerance` is 0.01, not the float taggers' 0.001: ONNX Runtime's Python 1.30 here and the Java 1.20 that
framescope runs use different integer kernels, and the check sentence's cue probability differed by 0.0012
between them (docs/evaluation-polnear.md, "A small tagger for the full profile").

Deterministic: the same input files and tool versions give the same bytes (two runs compared with cmp).
Needs the onnx and onnxruntime Python packages (pip install onnx==1.23.1 onnxruntime==1.30.0); no network.
"""
import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile

import numpy as np
import onnx
import onnxruntime as ort
from onnx import numpy_helper
from onnxruntime.quantization import QuantType, quantize_dynamic

TOLERANCE = 0.01


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def widened(src, dst):
    """The model with its float16 weights stored as float32 (the casts folded), which the quantizer can read."""
    m = onnx.load(src)
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    keep, wide = [], []
    for n in g.node:
        to_float = any(a.name == "to" and a.i == onnx.TensorProto.FLOAT for a in n.attribute)
        if n.op_type == "Cast" and n.input[0] in inits and to_float:
            wide.append(numpy_helper.from_array(numpy_helper.to_array(inits[n.input[0]]).astype(np.float32),
                                                n.output[0]))
        else:
            keep.append(n)
    used = {x for n in keep for x in n.input}
    rest = [i for i in g.initializer if i.name in used]
    del g.node[:]
    g.node.extend(keep)
    del g.initializer[:]
    g.initializer.extend(rest + wide)
    onnx.save(m, dst)


def head_product(path):
    """The name of the graph's last MatMul: the cue head, whose weight is a vector (left in float)."""
    names = [n.name for n in onnx.load(path).graph.node if n.op_type == "MatMul"]
    if not names:
        raise SystemExit("%s: no MatMul, not a cue tagger" % path)
    return names[-1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tagger", required=True, help="folder with cue-tagger.onnx and cue-tagger.json")
    ap.add_argument("--out", required=True, help="output folder")
    a = ap.parse_args()
    src = os.path.join(a.tagger, "cue-tagger.onnx")
    with open(os.path.join(a.tagger, "cue-tagger.json"), encoding="utf-8") as f:
        rec = json.load(f)
    if rec.get("onnxSha256") != sha256(src):
        raise SystemExit("%s: SHA-256 does not match the record's onnxSha256" % src)
    if "quantization" in rec:
        raise SystemExit("%s: already quantized" % a.tagger)
    os.makedirs(a.out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        wide = os.path.join(tmp, "float32.onnx")
        widened(src, wide)
        head = head_product(wide)
        part = os.path.join(a.out, "cue-tagger.onnx.tmp")
        quantize_dynamic(wide, part, weight_type=QuantType.QInt8, per_channel=True,
                         op_types_to_quantize=["MatMul", "Gather"], nodes_to_exclude=[head])
    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    so.inter_op_num_threads = 1
    s = ort.InferenceSession(part, so, providers=["CPUExecutionProvider"])
    ids = np.array([rec["check"]["inputIds"]], dtype=np.int64)
    probs = s.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0]
    onnx_path = os.path.join(a.out, "cue-tagger.onnx")
    os.replace(part, onnx_path)
    rec["quantization"] = {
        "method": "onnxruntime quantize_dynamic: weights signed 8-bit per output channel, activations unsigned "
                  "8-bit per tensor at run time",
        "quantized": "MatMul with a weight matrix, Gather (word-piece embeddings)",
        "leftInFloat": "the cue head (" + head + "); layer norms, softmax, biases",
        "fromOnnxSha256": rec["onnxSha256"],
        "versions": {"onnx": onnx.__version__, "onnxruntime": ort.__version__, "numpy": np.__version__,
                     "python": sys.version.split()[0]},
    }
    rec["name"] = rec["name"] + "-int8"
    rec["onnxSha256"] = sha256(onnx_path)
    rec["check"]["probabilities"] = [round(float(x), 6) for x in probs]
    rec["checkTolerance"] = TOLERANCE
    tmp_rec = os.path.join(a.out, "cue-tagger.json.tmp")
    with open(tmp_rec, "w", encoding="utf-8") as f:
        json.dump(rec, f, indent=2, sort_keys=True)
        f.write("\n")
    os.replace(tmp_rec, os.path.join(a.out, "cue-tagger.json"))
    print("wrote %s (%d bytes)" % (onnx_path, os.path.getsize(onnx_path)))


if __name__ == "__main__":
    main()
