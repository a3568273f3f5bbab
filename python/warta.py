"""warta.py - Warta from Python through ctypes: process a text, get its
record as a dict (the same record `warta extract` prints; docs/schema.md).

    import warta
    w = warta.Warta()                      # the installed model and tables
    rec = w.process("Presiden Joko Widodo bertemu ...", title="...", date="2019-09-10")
    rec["events"], rec["quotes"], rec["entities"]

The shared library is found through $WARTA_LIB, else next to this file's
install (PREFIX/lib when this file is PREFIX/share/warta/python), else the
system's linker path. A Warta object is not shared between threads: make
one per thread (they share nothing but the files they read).
"""
import ctypes
import ctypes.util
import json
import os

__all__ = ["Warta", "WartaError", "load_library"]


class WartaError(Exception):
    """A call failed; the message names the file and line when there is one."""


class _Error(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int), ("file", ctypes.c_char * 512), ("line", ctypes.c_longlong),
                ("byte", ctypes.c_longlong), ("msg", ctypes.c_char * 512)]


class _Config(ctypes.Structure):
    _fields_ = [("data_dir", ctypes.c_char_p), ("ner_model", ctypes.c_char_p), ("no_tagger", ctypes.c_int),
                ("hunspell_dir", ctypes.c_char_p), ("topic_model", ctypes.c_char_p), ("no_topic", ctypes.c_int),
                ("syntax_model", ctypes.c_char_p), ("no_parse", ctypes.c_int),
                ("kb_files", ctypes.POINTER(ctypes.c_char_p)),
                ("n_kb_files", ctypes.c_size_t)]


class _Input(ctypes.Structure):
    _fields_ = [("id", ctypes.c_char_p), ("origin", ctypes.c_char_p), ("source", ctypes.c_char_p),
                ("url", ctypes.c_char_p), ("title", ctypes.c_char_p), ("date", ctypes.c_char_p),
                ("text", ctypes.c_char_p), ("text_len", ctypes.c_size_t), ("title_in_text", ctypes.c_int),
                ("html", ctypes.c_int), ("meta", ctypes.c_void_p), ("n_meta", ctypes.c_size_t), ("warning", ctypes.c_char_p),
                ("clean", ctypes.c_int)]


def _candidates():
    env = os.environ.get("WARTA_LIB")
    if env:
        yield env
    here = os.path.dirname(os.path.abspath(__file__))
    yield os.path.normpath(os.path.join(here, "..", "..", "..", "lib", "libwarta.so.0"))
    found = ctypes.util.find_library("warta")
    if found:
        yield found
    yield "libwarta.so.0"


def load_library():
    """The libwarta shared library, with the signatures this module uses."""
    last = None
    for path in _candidates():
        try:
            lib = ctypes.CDLL(path)
            break
        except OSError as e:
            last = e
    else:
        raise WartaError("cannot load libwarta (set WARTA_LIB): %s" % last)
    vp, err_p = ctypes.c_void_p, ctypes.POINTER(_Error)
    lib.wt_config_init.argtypes = [ctypes.POINTER(_Config)]
    lib.wt_pipeline_new.argtypes = [ctypes.POINTER(_Config), ctypes.POINTER(vp), err_p]
    lib.wt_pipeline_free.argtypes = [vp]
    lib.wt_pipeline_model_version.argtypes = [vp]
    lib.wt_pipeline_model_version.restype = ctypes.c_char_p
    lib.wt_worker_new.argtypes = [vp, ctypes.POINTER(vp), err_p]
    lib.wt_worker_free.argtypes = [vp]
    lib.wt_process.argtypes = [vp, ctypes.POINTER(_Input), vp, ctypes.POINTER(vp), err_p]
    lib.wt_doc_json.argtypes = [vp, vp, ctypes.POINTER(ctypes.c_size_t)]
    lib.wt_doc_json.restype = ctypes.POINTER(ctypes.c_char)
    lib.wt_doc_free.argtypes = [vp]
    lib.wt_free.argtypes = [vp]
    lib.wt_error_clear.argtypes = [err_p]
    lib.wt_error_format.argtypes = [err_p, ctypes.c_char_p, ctypes.c_size_t]
    return lib


def _b(s):
    return None if s is None else s.encode("utf-8")


class Warta:
    """A pipeline and one worker. data_dir holds ner.model and syntax.model
    (default: the installed ones); kb_files add knowledge-base entries
    (docs/kb.md); no_parse leaves out parts of speech and trees."""

    def __init__(self, data_dir=None, ner_model=None, hunspell_dir=None, kb_files=(), no_tagger=False,
                 syntax_model=None, no_parse=False):
        self._lib = load_library()
        self._keep = [_b(data_dir), _b(ner_model), _b(hunspell_dir), _b(syntax_model)] + [_b(f) for f in kb_files]
        cfg = _Config()
        self._lib.wt_config_init(ctypes.byref(cfg))
        if data_dir is not None:
            cfg.data_dir = self._keep[0]
        if ner_model is not None:
            cfg.ner_model = self._keep[1]
        if hunspell_dir is not None:
            cfg.hunspell_dir = self._keep[2]
        if syntax_model is not None:
            cfg.syntax_model = self._keep[3]
        cfg.no_tagger = 1 if no_tagger else 0
        cfg.no_parse = 1 if no_parse else 0
        kb = (ctypes.c_char_p * max(1, len(kb_files)))(*self._keep[4:])
        cfg.kb_files = kb
        cfg.n_kb_files = len(kb_files)
        self._pipeline = ctypes.c_void_p()
        self._worker = ctypes.c_void_p()
        err = _Error()
        if self._lib.wt_pipeline_new(ctypes.byref(cfg), ctypes.byref(self._pipeline), ctypes.byref(err)) != 0:
            raise WartaError(self._message(err))
        if self._lib.wt_worker_new(self._pipeline, ctypes.byref(self._worker), ctypes.byref(err)) != 0:
            self._lib.wt_pipeline_free(self._pipeline)
            self._pipeline = None
            raise WartaError(self._message(err))

    def _message(self, err):
        buf = ctypes.create_string_buffer(1200)
        self._lib.wt_error_format(ctypes.byref(err), buf, len(buf))
        return buf.value.decode("utf-8", "replace")

    @property
    def model_version(self):
        return self._lib.wt_pipeline_model_version(self._pipeline).decode()

    def process(self, text, title=None, url=None, date=None, id="python", source=None, html=False):
        """The record of one article as a dict. With title None, a short
        first line of text is taken as the title, as for a text file; with
        html, text is a page whose article is extracted first."""
        raw = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        keep = [_b(id), _b(title), _b(url), _b(date), _b(source), raw]
        inp = _Input(id=keep[0], origin=b"python", source=keep[4], url=keep[2], title=keep[1], date=keep[3],
                     text=raw, text_len=len(raw), title_in_text=1 if title is None and not html else 0,
                     html=1 if html else 0)
        doc = ctypes.c_void_p()
        err = _Error()
        if self._lib.wt_process(self._worker, ctypes.byref(inp), None, ctypes.byref(doc), ctypes.byref(err)) != 0:
            raise WartaError(self._message(err))
        try:
            n = ctypes.c_size_t()
            js = self._lib.wt_doc_json(doc, None, ctypes.byref(n))
            if not js:
                raise WartaError("out of memory")
            try:
                return json.loads(ctypes.string_at(js, n.value).decode("utf-8"))
            finally:
                self._lib.wt_free(js)
        finally:
            self._lib.wt_doc_free(doc)

    def close(self):
        if getattr(self, "_worker", None):
            self._lib.wt_worker_free(self._worker)
            self._worker = None
        if getattr(self, "_pipeline", None):
            self._lib.wt_pipeline_free(self._pipeline)
            self._pipeline = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass
