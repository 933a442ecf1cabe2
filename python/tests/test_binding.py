"""The package's cffi declarations agree with the public headers: every function it declares
has the headers' type, and the structs it passes have the headers' layout."""
import os
import re

import cffi

from se3tc import _ffi
from conftest import ROOT


def header_cdef():
    """include/se3rt*.h as cffi reads them: preprocessor lines dropped (integer #defines kept),
    the C++ guards removed. se3rt_abi.h (the generated code's contract, with inline functions cffi
    cannot read) is not among them: its one type the API names, se3m_code, is declared opaque."""
    text = ["typedef struct se3m_code se3m_code;\n"]
    for h in ("se3rt.h", "se3rt_graph.h", "se3rt_io.h", "se3rt_model.h", "se3rt_train.h"):
        skip = False
        with open(os.path.join(ROOT, "include", h), encoding="utf-8") as f:
            for line in f:
                s = line.strip()
                if s.startswith("#ifdef __cplusplus"):
                    skip = True
                elif skip:
                    skip = not s.startswith("#endif")
                elif re.match(r"#define \w+ \d+$", s) or not s.startswith("#"):
                    text.append(line)
    return "".join(text)


def test_declarations_match_headers():
    ref = cffi.FFI()
    ref.cdef(header_cdef())
    path = _ffi.library_path()
    ours, theirs = _ffi.lib(), ref.dlopen(path)
    names = sorted(set(re.findall(r"\b(se3rt_\w+)\s*\(", _ffi.CDEF)))
    assert "se3rt_model_grad" in names and len(names) > 30
    for name in names:
        assert str(_ffi.ffi.typeof(getattr(ours, name))) == str(ref.typeof(getattr(theirs, name))), name
    for struct, fields in (("se3rt_batch", ("n_graphs", "graph_ptr", "pos", "node_in", "bonds", "nbonds",
                                            "frame_ids", "cell", "pbc")),
                           ("se3rt_bond", ("i", "j", "order"))):
        assert _ffi.ffi.sizeof(struct) == ref.sizeof(struct), struct
        for f in fields:
            assert _ffi.ffi.offsetof(struct, f) == ref.offsetof(struct, f), (struct, f)
    assert int(_ffi.lib().SE3RT_ERR_INTERNAL) == int(theirs.SE3RT_ERR_INTERNAL)
