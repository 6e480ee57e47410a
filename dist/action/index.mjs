import { createRequire as __iacLintCreateRequire } from 'node:module';
const require = __iacLintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/signal-exit/dist/cjs/signals.js
var require_signals = __commonJS({
  "node_modules/signal-exit/dist/cjs/signals.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.signals = void 0;
    exports.signals = [];
    exports.signals.push("SIGHUP", "SIGINT", "SIGTERM");
    if (process.platform !== "win32") {
      exports.signals.push(
        "SIGALRM",
        "SIGABRT",
        "SIGVTALRM",
        "SIGXCPU",
        "SIGXFSZ",
        "SIGUSR2",
        "SIGTRAP",
        "SIGSYS",
        "SIGQUIT",
        "SIGIOT"
        // should detect profiler and enable/disable accordingly.
        // see #21
        // 'SIGPROF'
      );
    }
    if (process.platform === "linux") {
      exports.signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
    }
  }
});

// node_modules/signal-exit/dist/cjs/index.js
var require_cjs = __commonJS({
  "node_modules/signal-exit/dist/cjs/index.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.unload = exports.load = exports.onExit = exports.signals = void 0;
    var signals_js_1 = require_signals();
    Object.defineProperty(exports, "signals", { enumerable: true, get: function() {
      return signals_js_1.signals;
    } });
    var processOk = (process3) => !!process3 && typeof process3 === "object" && typeof process3.removeListener === "function" && typeof process3.emit === "function" && typeof process3.reallyExit === "function" && typeof process3.listeners === "function" && typeof process3.kill === "function" && typeof process3.pid === "number" && typeof process3.on === "function";
    var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
    var global2 = globalThis;
    var ObjectDefineProperty = Object.defineProperty.bind(Object);
    var Emitter = class {
      emitted = {
        afterExit: false,
        exit: false
      };
      listeners = {
        afterExit: [],
        exit: []
      };
      count = 0;
      id = Math.random();
      constructor() {
        if (global2[kExitEmitter]) {
          return global2[kExitEmitter];
        }
        ObjectDefineProperty(global2, kExitEmitter, {
          value: this,
          writable: false,
          enumerable: false,
          configurable: false
        });
      }
      on(ev, fn) {
        this.listeners[ev].push(fn);
      }
      removeListener(ev, fn) {
        const list2 = this.listeners[ev];
        const i = list2.indexOf(fn);
        if (i === -1) {
          return;
        }
        if (i === 0 && list2.length === 1) {
          list2.length = 0;
        } else {
          list2.splice(i, 1);
        }
      }
      emit(ev, code, signal) {
        if (this.emitted[ev]) {
          return false;
        }
        this.emitted[ev] = true;
        let ret = false;
        for (const fn of this.listeners[ev]) {
          ret = fn(code, signal) === true || ret;
        }
        if (ev === "exit") {
          ret = this.emit("afterExit", code, signal) || ret;
        }
        return ret;
      }
    };
    var SignalExitBase = class {
    };
    var signalExitWrap = (handler) => {
      return {
        onExit(cb, opts) {
          return handler.onExit(cb, opts);
        },
        load() {
          return handler.load();
        },
        unload() {
          return handler.unload();
        }
      };
    };
    var SignalExitFallback = class extends SignalExitBase {
      onExit() {
        return () => {
        };
      }
      load() {
      }
      unload() {
      }
    };
    var SignalExit = class extends SignalExitBase {
      // "SIGHUP" throws an `ENOSYS` error on Windows,
      // so use a supported signal instead
      /* c8 ignore start */
      #hupSig = process2.platform === "win32" ? "SIGINT" : "SIGHUP";
      /* c8 ignore stop */
      #emitter = new Emitter();
      #process;
      #originalProcessEmit;
      #originalProcessReallyExit;
      #sigListeners = {};
      #loaded = false;
      constructor(process3) {
        super();
        this.#process = process3;
        this.#sigListeners = {};
        for (const sig of signals_js_1.signals) {
          this.#sigListeners[sig] = () => {
            const listeners = this.#process.listeners(sig);
            let { count } = this.#emitter;
            const p = process3;
            if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
              count += p.__signal_exit_emitter__.count;
            }
            if (listeners.length === count) {
              this.unload();
              const ret = this.#emitter.emit("exit", null, sig);
              const s = sig === "SIGHUP" ? this.#hupSig : sig;
              if (!ret)
                process3.kill(process3.pid, s);
            }
          };
        }
        this.#originalProcessReallyExit = process3.reallyExit;
        this.#originalProcessEmit = process3.emit;
      }
      onExit(cb, opts) {
        if (!processOk(this.#process)) {
          return () => {
          };
        }
        if (this.#loaded === false) {
          this.load();
        }
        const ev = opts?.alwaysLast ? "afterExit" : "exit";
        this.#emitter.on(ev, cb);
        return () => {
          this.#emitter.removeListener(ev, cb);
          if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
            this.unload();
          }
        };
      }
      load() {
        if (this.#loaded) {
          return;
        }
        this.#loaded = true;
        this.#emitter.count += 1;
        for (const sig of signals_js_1.signals) {
          try {
            const fn = this.#sigListeners[sig];
            if (fn)
              this.#process.on(sig, fn);
          } catch (_) {
          }
        }
        this.#process.emit = (ev, ...a) => {
          return this.#processEmit(ev, ...a);
        };
        this.#process.reallyExit = (code) => {
          return this.#processReallyExit(code);
        };
      }
      unload() {
        if (!this.#loaded) {
          return;
        }
        this.#loaded = false;
        signals_js_1.signals.forEach((sig) => {
          const listener = this.#sigListeners[sig];
          if (!listener) {
            throw new Error("Listener not defined for signal: " + sig);
          }
          try {
            this.#process.removeListener(sig, listener);
          } catch (_) {
          }
        });
        this.#process.emit = this.#originalProcessEmit;
        this.#process.reallyExit = this.#originalProcessReallyExit;
        this.#emitter.count -= 1;
      }
      #processReallyExit(code) {
        if (!processOk(this.#process)) {
          return 0;
        }
        this.#process.exitCode = code || 0;
        this.#emitter.emit("exit", this.#process.exitCode, null);
        return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
      }
      #processEmit(ev, ...args) {
        const og = this.#originalProcessEmit;
        if (ev === "exit" && processOk(this.#process)) {
          if (typeof args[0] === "number") {
            this.#process.exitCode = args[0];
          }
          const ret = og.call(this.#process, ev, ...args);
          this.#emitter.emit("exit", this.#process.exitCode, null);
          return ret;
        } else {
          return og.call(this.#process, ev, ...args);
        }
      }
    };
    var process2 = globalThis.process;
    _a = signalExitWrap(processOk(process2) ? new SignalExit(process2) : new SignalExitFallback()), /**
     * Called when the process is exiting, whether via signal, explicit
     * exit, or running out of stuff to do.
     *
     * If the global process object is not suitable for instrumentation,
     * then this will be a no-op.
     *
     * Returns a function that may be used to unload signal-exit.
     */
    exports.onExit = _a.onExit, /**
     * Load the listeners.  Likely you never need to call this, unless
     * doing a rather deep integration with signal-exit functionality.
     * Mostly exposed for the benefit of testing.
     *
     * @internal
     */
    exports.load = _a.load, /**
     * Unload the listeners.  Likely you never need to call this, unless
     * doing a rather deep integration with signal-exit functionality.
     * Mostly exposed for the benefit of testing.
     *
     * @internal
     */
    exports.unload = _a.unload;
  }
});

// node_modules/write-file-atomic/lib/index.js
var require_lib = __commonJS({
  "node_modules/write-file-atomic/lib/index.js"(exports, module) {
    "use strict";
    module.exports = writeFile;
    module.exports.sync = writeFileSync;
    module.exports._getTmpname = getTmpname;
    module.exports._cleanupOnExit = cleanupOnExit;
    var fs = __require("fs");
    var crypto = __require("node:crypto");
    var { onExit } = require_cjs();
    var path = __require("path");
    var { promisify } = __require("util");
    var activeFiles = {};
    var threadId = (function getId() {
      try {
        const workerThreads = __require("worker_threads");
        return workerThreads.threadId;
      } catch (e) {
        return 0;
      }
    })();
    var invocations = 0;
    function getTmpname(filename) {
      return filename + "." + crypto.createHash("sha1").update("write-file-atomic").update(String(process.pid)).update(String(threadId)).update(String(++invocations)).digest().readUInt32BE(0);
    }
    function cleanupOnExit(tmpfile) {
      return () => {
        try {
          fs.unlinkSync(typeof tmpfile === "function" ? tmpfile() : tmpfile);
        } catch {
        }
      };
    }
    function serializeActiveFile(absoluteName) {
      return new Promise((resolve18) => {
        if (!activeFiles[absoluteName]) {
          activeFiles[absoluteName] = [];
        }
        activeFiles[absoluteName].push(resolve18);
        if (activeFiles[absoluteName].length === 1) {
          resolve18();
        }
      });
    }
    function isChownErrOk(err) {
      if (err.code === "ENOSYS") {
        return true;
      }
      const nonroot = !process.getuid || process.getuid() !== 0;
      if (nonroot) {
        if (err.code === "EINVAL" || err.code === "EPERM") {
          return true;
        }
      }
      return false;
    }
    async function writeFileAsync(filename, data, options = {}) {
      if (typeof options === "string") {
        options = { encoding: options };
      }
      let fd;
      let tmpfile;
      const removeOnExitHandler = onExit(cleanupOnExit(() => tmpfile));
      const absoluteName = path.resolve(filename);
      try {
        await serializeActiveFile(absoluteName);
        const truename = await promisify(fs.realpath)(filename).catch(() => filename);
        tmpfile = getTmpname(truename);
        if (!options.mode || !options.chown) {
          const stats = await promisify(fs.stat)(truename).catch(() => {
          });
          if (stats) {
            if (options.mode == null) {
              options.mode = stats.mode;
            }
            if (options.chown == null && process.getuid) {
              options.chown = { uid: stats.uid, gid: stats.gid };
            }
          }
        }
        fd = await promisify(fs.open)(tmpfile, "w", options.mode);
        if (options.tmpfileCreated) {
          await options.tmpfileCreated(tmpfile);
        }
        if (ArrayBuffer.isView(data)) {
          await promisify(fs.write)(fd, data, 0, data.length, 0);
        } else if (data != null) {
          await promisify(fs.write)(fd, String(data), 0, String(options.encoding || "utf8"));
        }
        if (options.fsync !== false) {
          await promisify(fs.fsync)(fd);
        }
        await promisify(fs.close)(fd);
        fd = null;
        if (options.chown) {
          await promisify(fs.chown)(tmpfile, options.chown.uid, options.chown.gid).catch((err) => {
            if (!isChownErrOk(err)) {
              throw err;
            }
          });
        }
        if (options.mode) {
          await promisify(fs.chmod)(tmpfile, options.mode).catch((err) => {
            if (!isChownErrOk(err)) {
              throw err;
            }
          });
        }
        await promisify(fs.rename)(tmpfile, truename);
      } finally {
        if (fd) {
          await promisify(fs.close)(fd).catch(
            /* istanbul ignore next */
            () => {
            }
          );
        }
        removeOnExitHandler();
        await promisify(fs.unlink)(tmpfile).catch(() => {
        });
        activeFiles[absoluteName].shift();
        if (activeFiles[absoluteName].length > 0) {
          activeFiles[absoluteName][0]();
        } else {
          delete activeFiles[absoluteName];
        }
      }
    }
    async function writeFile(filename, data, options, callback) {
      if (options instanceof Function) {
        callback = options;
        options = {};
      }
      const promise = writeFileAsync(filename, data, options);
      if (callback) {
        try {
          const result = await promise;
          return callback(result);
        } catch (err) {
          return callback(err);
        }
      }
      return promise;
    }
    function writeFileSync(filename, data, options) {
      if (typeof options === "string") {
        options = { encoding: options };
      } else if (!options) {
        options = {};
      }
      try {
        filename = fs.realpathSync(filename);
      } catch (ex) {
      }
      const tmpfile = getTmpname(filename);
      if (!options.mode || !options.chown) {
        try {
          const stats = fs.statSync(filename);
          options = Object.assign({}, options);
          if (!options.mode) {
            options.mode = stats.mode;
          }
          if (!options.chown && process.getuid) {
            options.chown = { uid: stats.uid, gid: stats.gid };
          }
        } catch (ex) {
        }
      }
      let fd;
      const cleanup = cleanupOnExit(tmpfile);
      const removeOnExitHandler = onExit(cleanup);
      let threw = true;
      try {
        fd = fs.openSync(tmpfile, "w", options.mode || 438);
        if (options.tmpfileCreated) {
          options.tmpfileCreated(tmpfile);
        }
        if (ArrayBuffer.isView(data)) {
          fs.writeSync(fd, data, 0, data.length, 0);
        } else if (data != null) {
          fs.writeSync(fd, String(data), 0, String(options.encoding || "utf8"));
        }
        if (options.fsync !== false) {
          fs.fsyncSync(fd);
        }
        fs.closeSync(fd);
        fd = null;
        if (options.chown) {
          try {
            fs.chownSync(tmpfile, options.chown.uid, options.chown.gid);
          } catch (err) {
            if (!isChownErrOk(err)) {
              throw err;
            }
          }
        }
        if (options.mode) {
          try {
            fs.chmodSync(tmpfile, options.mode);
          } catch (err) {
            if (!isChownErrOk(err)) {
              throw err;
            }
          }
        }
        fs.renameSync(tmpfile, filename);
        threw = false;
      } finally {
        if (fd) {
          try {
            fs.closeSync(fd);
          } catch (ex) {
          }
        }
        removeOnExitHandler();
        if (threw) {
          cleanup();
        }
      }
    }
  }
});

// src/model/quote.ts
function shorten(text, limit = QUOTE_LIMIT) {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const c = text.charCodeAt(end - 1);
  if (c >= 55296 && c <= 56319) end--;
  return `${text.slice(0, end)}…`;
}
function quote(value2) {
  const text = typeof value2 === "string" ? JSON.stringify(value2) : value2 === void 0 ? "undefined" : JSON.stringify(value2) ?? String(value2);
  if (text.length <= QUOTE_LIMIT) return text;
  return typeof value2 === "string" ? `${shorten(text, QUOTE_LIMIT - 1)}"` : shorten(text);
}
var QUOTE_LIMIT, MESSAGE_LIMIT;
var init_quote = __esm({
  "src/model/quote.ts"() {
    "use strict";
    QUOTE_LIMIT = 60;
    MESSAGE_LIMIT = 2e3;
  }
});

// src/model/node.ts
function getEntry(map, key) {
  if (!map) return void 0;
  for (let i = map.entries.length - 1; i >= 0; i--) {
    const e = map.entries[i];
    if (e.key === key) return e;
  }
  return void 0;
}
function get(map, key) {
  return map && map.kind === "map" ? getEntry(map, key)?.value : void 0;
}
function asMap(node) {
  return node && node.kind === "map" ? node : void 0;
}
var init_node = __esm({
  "src/model/node.ts"() {
    "use strict";
  }
});

// src/model/range.ts
var LineIndex;
var init_range = __esm({
  "src/model/range.ts"() {
    "use strict";
    LineIndex = class {
      constructor(text) {
        this.text = text;
        const starts = [0];
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === 10) starts.push(i + 1);
          else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
        }
        this.starts = starts;
      }
      text;
      starts;
      position(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (this.starts[mid] <= o) lo = mid;
          else hi = mid - 1;
        }
        return { line: lo + 1, column: o - this.starts[lo] + 1, offset: o };
      }
      range(start, end) {
        return { start: this.position(start), end: this.position(end) };
      }
      /** Offset of the first character of a 1-based line. */
      lineStart(line) {
        return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
      }
      get lineCount() {
        return this.starts.length;
      }
    };
  }
});

// src/parsers/cloudformation/duplicate-keys.ts
var KeyTracker;
var init_duplicate_keys = __esm({
  "src/parsers/cloudformation/duplicate-keys.ts"() {
    "use strict";
    KeyTracker = class {
      constructor(file, diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
      }
      file;
      diagnostics;
      seen = /* @__PURE__ */ new Map();
      add(key, range) {
        const first = this.seen.get(key);
        if (first) {
          this.diagnostics.push({
            file: this.file,
            severity: "error",
            code: "duplicate-key",
            message: `duplicate key "${key}" on line ${range.start.line} (first defined on line ${first.start.line}); the last one wins`,
            range
          });
        }
        this.seen.set(key, range);
      }
      has(key) {
        return this.seen.has(key);
      }
    };
  }
});

// src/parsers/cloudformation/json-reader.ts
function readJson(file, text, index) {
  const diagnostics = [];
  try {
    const root2 = new JsonReader(file, text, index, diagnostics).read();
    return { root: root2, diagnostics };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    diagnostics.push({
      file,
      severity: "error",
      code: "json-syntax",
      message: `JSON syntax error: ${e.message}`,
      range: index.range(e.offset, Math.min(e.offset + 1, text.length))
    });
    return { root: void 0, diagnostics };
  }
}
var JsonSyntaxError, NUMBER, JsonReader;
var init_json_reader = __esm({
  "src/parsers/cloudformation/json-reader.ts"() {
    "use strict";
    init_duplicate_keys();
    JsonSyntaxError = class extends Error {
      constructor(message, offset) {
        super(message);
        this.offset = offset;
      }
      offset;
    };
    NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
    JsonReader = class {
      constructor(file, text, index, diagnostics) {
        this.file = file;
        this.text = text;
        this.index = index;
        this.diagnostics = diagnostics;
      }
      file;
      text;
      index;
      diagnostics;
      pos = 0;
      read() {
        const stack = [];
        let root2;
        for (; ; ) {
          this.skipSpace();
          const frame = stack[stack.length - 1];
          if (frame?.kind === "map" && !frame.pendingKey) {
            if (this.peek() === "}" && frame.node.entries.length === 0) {
              this.pos++;
              if (this.finish(stack, (n) => root2 = n)) break;
              continue;
            }
            const keyStart = this.pos;
            if (this.peek() !== '"') this.fail(`expected a string key`);
            const key = this.string();
            const keyRange = this.index.range(keyStart, this.pos);
            frame.keys.add(key, keyRange);
            this.skipSpace();
            if (this.peek() !== ":") this.fail(`expected ':' after key "${key}"`);
            this.pos++;
            this.skipSpace();
            frame.pendingKey = { key, keyRange };
          }
          if (frame?.kind === "seq" && this.peek() === "]" && frame.node.items.length === 0) {
            this.pos++;
            if (this.finish(stack, (n) => root2 = n)) break;
            continue;
          }
          const start = this.pos;
          const c = this.peek();
          if (c === "{" || c === "[") {
            this.pos++;
            const range = this.index.range(start, start + 1);
            if (c === "{") {
              const node = { kind: "map", entries: [], range };
              stack.push({ kind: "map", node, keys: new KeyTracker(this.file, this.diagnostics) });
            } else {
              stack.push({ kind: "seq", node: { kind: "seq", items: [], range } });
            }
            continue;
          }
          const value2 = this.scalar();
          if (this.attach(stack, value2, (n) => root2 = n)) break;
        }
        this.skipSpace();
        if (this.pos < this.text.length) this.fail("unexpected text after the end of the JSON value");
        return root2;
      }
      /** Adds a finished value to the innermost container; returns true when the root is complete. */
      attach(stack, value2, setRoot) {
        let v = value2;
        for (; ; ) {
          const frame = stack[stack.length - 1];
          if (!frame) {
            setRoot(v);
            return true;
          }
          if (frame.kind === "map") {
            const { key, keyRange } = frame.pendingKey;
            frame.node.entries.push({ key, keyRange, value: v });
            frame.pendingKey = void 0;
          } else frame.node.items.push(v);
          this.skipSpace();
          const c = this.peek();
          if (c === ",") {
            this.pos++;
            return false;
          }
          const close = frame.kind === "map" ? "}" : "]";
          if (c !== close) this.fail(`expected ',' or '${close}'`);
          this.pos++;
          stack.pop();
          frame.node.range = this.index.range(frame.node.range.start.offset, this.pos);
          v = frame.node;
        }
      }
      /** Closes an empty container that was just ended. */
      finish(stack, setRoot) {
        const frame = stack.pop();
        frame.node.range = this.index.range(frame.node.range.start.offset, this.pos);
        return this.attach(stack, frame.node, setRoot);
      }
      scalar() {
        const start = this.pos;
        const c = this.peek();
        let value2;
        if (c === '"') value2 = this.string();
        else if (this.text.startsWith("true", start)) {
          value2 = true;
          this.pos += 4;
        } else if (this.text.startsWith("false", start)) {
          value2 = false;
          this.pos += 5;
        } else if (this.text.startsWith("null", start)) {
          value2 = null;
          this.pos += 4;
        } else {
          NUMBER.lastIndex = start;
          const m = NUMBER.exec(this.text);
          if (!m) this.fail(c === void 0 ? "unexpected end of input" : `unexpected character ${JSON.stringify(c)}`);
          value2 = Number(m[0]);
          this.pos += m[0].length;
        }
        return { kind: "scalar", value: value2, range: this.index.range(start, this.pos) };
      }
      string() {
        const start = this.pos;
        let i = start + 1;
        const text = this.text;
        for (; ; ) {
          const c = text.charCodeAt(i);
          if (Number.isNaN(c)) this.fail("unterminated string", start);
          if (c === 34) break;
          if (c === 92) i += 2;
          else if (c < 32) this.fail("control character in string", i);
          else i++;
        }
        this.pos = i + 1;
        try {
          return JSON.parse(text.slice(start, this.pos));
        } catch {
          return this.fail("invalid escape in string", start);
        }
      }
      skipSpace() {
        const text = this.text;
        let i = this.pos;
        for (; ; ) {
          const c = text.charCodeAt(i);
          if (c === 32 || c === 10 || c === 13 || c === 9) i++;
          else break;
        }
        this.pos = i;
      }
      peek() {
        return this.text[this.pos];
      }
      fail(message, offset = this.pos) {
        throw new JsonSyntaxError(message, offset);
      }
    };
  }
});

// src/parsers/terraform/hcl/lexer.ts
function isIdentStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
}
function isIdentPart(c) {
  return isIdentStart(c) || c >= 48 && c <= 57 || c === 45;
}
var PUNCT2, TWO_SECOND, PUNCT1, IDENT_START, IDENT_REST, NUMBER2, HEREDOC, Lexer;
var init_lexer = __esm({
  "src/parsers/terraform/hcl/lexer.ts"() {
    "use strict";
    PUNCT2 = /* @__PURE__ */ new Set(["==", "!=", "<=", ">=", "&&", "||", "=>", "::"]);
    TWO_SECOND = [];
    for (const p of PUNCT2) (TWO_SECOND[p.charCodeAt(0)] ??= []).push(p.charCodeAt(1));
    PUNCT1 = [];
    for (const p of "{}[]()=:,.?!+-*/%<>~") PUNCT1[p.charCodeAt(0)] = p;
    IDENT_START = /[\p{ID_Start}_]/uy;
    IDENT_REST = /[\p{ID_Continue}\-]*/uy;
    NUMBER2 = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    HEREDOC = /<<(-?)([\p{ID_Start}_][\p{ID_Continue}\-]*)(\r?\n)/uy;
    Lexer = class {
      constructor(text, position, end = text.length, keepComments = true) {
        this.text = text;
        this.position = position;
        this.end = end;
        this.keepComments = keepComments;
      }
      text;
      position;
      end;
      keepComments;
      /** Offset of the last comment recorded: the lexer may look at the same text twice. */
      lastComment = -1;
      comments = [];
      range(start, end) {
        return { start: this.position(start), end: this.position(end) };
      }
      lastScan;
      lastScanAt = -1;
      /** The next token at or after `pos` (spaces and comments skipped). */
      scan(pos) {
        if (pos === this.lastScanAt) return this.lastScan;
        const t = this.read(pos);
        this.lastScanAt = pos;
        this.lastScan = t;
        return t;
      }
      read(pos) {
        const s = this.text;
        const end = this.end;
        let i = pos;
        for (; ; ) {
          if (i >= end) return { type: "eof", start: end, end, text: "" };
          const c2 = s.charCodeAt(i);
          if (c2 === 32 || c2 === 9) {
            i++;
            continue;
          }
          if (c2 === 10) return { type: "newline", start: i, end: i + 1, text: "\n" };
          if (c2 === 13) {
            if (s.charCodeAt(i + 1) === 10) return { type: "newline", start: i, end: i + 2, text: "\n" };
            i++;
            continue;
          }
          if (c2 === 35 || c2 === 47 && s.charCodeAt(i + 1) === 47) {
            const markerEnd = c2 === 35 ? i + 1 : i + 2;
            let j = markerEnd;
            while (j < end && s.charCodeAt(j) !== 10) j++;
            const textEnd = j > markerEnd && s.charCodeAt(j - 1) === 13 ? j - 1 : j;
            this.comment(i, markerEnd, textEnd, textEnd);
            i = j;
            continue;
          }
          if (c2 === 47 && s.charCodeAt(i + 1) === 42) {
            const close = s.indexOf("*/", i + 2);
            if (close < 0 || close + 2 > end) return { type: "invalid", start: i, end, text: "/*" };
            this.comment(i, i + 2, close, close + 2);
            i = close + 2;
            continue;
          }
          break;
        }
        const c = s.charCodeAt(i);
        if (isIdentStart(c)) {
          let j = i + 1;
          while (j < end && isIdentPart(s.charCodeAt(j))) j++;
          if (j < end && s.charCodeAt(j) > 127) return this.unicodeIdent(i);
          return { type: "ident", start: i, end: j, text: s.slice(i, j) };
        }
        if (c >= 48 && c <= 57) {
          NUMBER2.lastIndex = i;
          NUMBER2.exec(s);
          const j = Math.min(NUMBER2.lastIndex, end);
          return { type: "number", start: i, end: j, text: s.slice(i, j) };
        }
        if (c === 34) return { type: "quote", start: i, end: i + 1, text: '"' };
        if (c === 60 && s.charCodeAt(i + 1) === 60) {
          HEREDOC.lastIndex = i;
          const m = HEREDOC.exec(s);
          if (m && HEREDOC.lastIndex <= end) return { type: "heredoc", start: i, end: HEREDOC.lastIndex, text: m[2], flush: m[1] === "-" };
        }
        if (c > 127) {
          IDENT_START.lastIndex = i;
          if (IDENT_START.test(s)) return this.unicodeIdent(i);
        }
        if (c === 46 && s.charCodeAt(i + 1) === 46 && s.charCodeAt(i + 2) === 46 && i + 3 <= end) return { type: "punct", start: i, end: i + 3, text: "..." };
        const next = s.charCodeAt(i + 1);
        if (i + 2 <= end && TWO_SECOND[c] !== void 0 && TWO_SECOND[c].includes(next)) {
          const two = s.slice(i, i + 2);
          if (PUNCT2.has(two)) return { type: "punct", start: i, end: i + 2, text: two };
        }
        const one = PUNCT1[c];
        if (one !== void 0) return { type: "punct", start: i, end: i + 1, text: one };
        const cp = s.codePointAt(i);
        const width = cp > 65535 ? 2 : 1;
        return { type: "invalid", start: i, end: i + width, text: s.slice(i, i + width) };
      }
      unicodeIdent(i) {
        IDENT_START.lastIndex = i;
        IDENT_START.exec(this.text);
        IDENT_REST.lastIndex = IDENT_START.lastIndex;
        IDENT_REST.exec(this.text);
        const j = Math.min(IDENT_REST.lastIndex, this.end);
        return { type: "ident", start: i, end: j, text: this.text.slice(i, j) };
      }
      comment(start, textStart, textEnd, end) {
        if (!this.keepComments || start <= this.lastComment) return;
        this.lastComment = start;
        this.comments.push({ text: this.text.slice(textStart, textEnd), range: this.range(start, end) });
      }
    };
  }
});

// src/parsers/terraform/hcl/parser.ts
function describe(t) {
  switch (t.type) {
    case "eof":
      return "the end of the file";
    case "newline":
      return "a new line";
    case "quote":
      return "a quoted string";
    case "heredoc":
      return `a heredoc <<${t.text}`;
    case "number":
      return `the number ${t.text}`;
    case "ident":
      return `"${t.text}"`;
    case "invalid":
      return `the character ${JSON.stringify(t.text)}`;
    case "punct":
      return `"${t.text}"`;
  }
}
function parseHclFile(file, text, lines2 = new LineIndex(text), options = {}) {
  const parser = new Parser(file, new Lexer(text, nearbyPositions(lines2), text.length, options.comments !== false));
  return parser.file();
}
function nearbyPositions(lines2) {
  const last = lines2.lineCount;
  const length = lines2.text.length;
  let line = 1;
  return (offset) => {
    if (offset >= 0 && offset <= length) {
      for (let candidate = line; candidate <= line + 1 && candidate <= last; candidate++) {
        const start = lines2.lineStart(candidate);
        if (offset >= start && (candidate === last || offset < lines2.lineStart(candidate + 1))) {
          line = candidate;
          return { line, column: offset - start + 1, offset };
        }
      }
    }
    const p = lines2.position(offset);
    line = p.line;
    return p;
  };
}
function parseBareTemplate(file, text, position, diagnostics) {
  const parser = new Parser(file, new Lexer(text, position, text.length, false));
  return parser.bareTemplate(diagnostics);
}
function literalText(t) {
  let out = "";
  for (const p of t.parts) {
    if (p.type !== "text") return void 0;
    out += p.value;
  }
  return out;
}
function flush(parts) {
  const texts = [];
  const lineStarts = [];
  let atLineStart = true;
  const startsLine = /* @__PURE__ */ new Set();
  for (const p of parts) {
    if (p.type !== "text") {
      if (atLineStart) lineStarts.push(void 0);
      atLineStart = false;
      continue;
    }
    texts.push(p);
    for (let k = 0; k < p.value.length; k++) {
      if (atLineStart) {
        lineStarts.push({ text: p, at: k });
        if (k === 0) startsLine.add(p);
      }
      atLineStart = p.value[k] === "\n";
    }
  }
  let min = Infinity;
  for (const start of lineStarts) {
    if (!start) {
      min = 0;
      continue;
    }
    const v = start.text.value;
    let k = start.at;
    while (k < v.length && (v[k] === " " || v[k] === "	")) k++;
    if (k >= v.length && start.text !== texts[texts.length - 1]) {
      min = Math.min(min, k - start.at);
      continue;
    }
    if (k < v.length && (v[k] === "\n" || v[k] === "\r")) continue;
    if (k >= v.length) continue;
    min = Math.min(min, k - start.at);
  }
  if (!Number.isFinite(min) || min === 0) return;
  const lastPart = parts[parts.length - 1];
  for (const p of texts) {
    const lines2 = p.value.split("\n");
    p.value = lines2.map((line, k) => {
      if (k === 0 && !startsLine.has(p)) return line;
      const wholeLine = k < lines2.length - 1 || p === lastPart;
      return wholeLine && /^[ \t]*\r?$/.test(line) ? line : stripIndent(line, min);
    }).join("\n");
  }
}
function stripIndent(line, n) {
  let k = 0;
  while (k < n && k < line.length && (line[k] === " " || line[k] === "	")) k++;
  return line.slice(k);
}
var MAX_DEPTH2, MAX_DIAGNOSTICS, BINARY_LEVEL, HclSyntaxError, TooDeep, Parser;
var init_parser = __esm({
  "src/parsers/terraform/hcl/parser.ts"() {
    "use strict";
    init_range();
    init_lexer();
    MAX_DEPTH2 = 1e3;
    MAX_DIAGNOSTICS = 10;
    BINARY_LEVEL = {
      "||": 1,
      "&&": 2,
      "==": 3,
      "!=": 3,
      "<": 4,
      ">": 4,
      "<=": 4,
      ">=": 4,
      "+": 5,
      "-": 5,
      "*": 6,
      "/": 6,
      "%": 6
    };
    HclSyntaxError = class extends Error {
      constructor(message, start, end) {
        super(message);
        this.start = start;
        this.end = end;
      }
      start;
      end;
    };
    TooDeep = class extends Error {
      constructor(start) {
        super("too deep");
        this.start = start;
      }
      start;
    };
    Parser = class {
      constructor(fileName, lex) {
        this.fileName = fileName;
        this.lex = lex;
      }
      fileName;
      lex;
      pos = 0;
      depth = 0;
      /** Newlines are spaces while this is > 0 (inside parentheses, brackets, interpolations). */
      ignoreNewlines = 0;
      cachedAt = -1;
      cachedIgnore = false;
      cachedToken;
      diagnostics = [];
      dropped = 0;
      /** Set when the current top-level item has an error that did not stop parsing (a repeated argument). */
      broken = false;
      // ---- tokens ------------------------------------------------------------
      peek() {
        const ignore = this.ignoreNewlines > 0;
        if (this.cachedAt === this.pos && this.cachedIgnore === ignore) return this.cachedToken;
        let t = this.lex.scan(this.pos);
        if (ignore) while (t.type === "newline") t = this.lex.scan(t.end);
        this.cachedAt = this.pos;
        this.cachedIgnore = ignore;
        this.cachedToken = t;
        return t;
      }
      next() {
        const t = this.peek();
        this.pos = t.end;
        return t;
      }
      isPunct(text) {
        const t = this.peek();
        return t.type === "punct" && t.text === text;
      }
      eat(text) {
        return this.isPunct(text) ? this.next() : void 0;
      }
      expect(text, what) {
        const t = this.peek();
        if (t.type === "punct" && t.text === text) return this.next();
        throw this.error(`expected ${what}, found ${describe(t)}`, t);
      }
      error(message, t) {
        return new HclSyntaxError(message, t.start, Math.max(t.end, t.start));
      }
      range(start, end) {
        return this.lex.range(start, end);
      }
      skipNewlines() {
        while (this.peek().type === "newline") this.next();
      }
      enter(at) {
        if (++this.depth > MAX_DEPTH2) throw new TooDeep(at);
      }
      leave() {
        this.depth--;
      }
      withNewlines(ignore, f) {
        const saved = this.ignoreNewlines;
        this.ignoreNewlines = ignore ? saved + 1 : 0;
        try {
          return f();
        } finally {
          this.ignoreNewlines = saved;
        }
      }
      report(message, start, end) {
        if (this.diagnostics.length >= MAX_DIAGNOSTICS) {
          this.dropped++;
          return;
        }
        this.diagnostics.push({ file: this.fileName, severity: "error", code: "hcl-syntax", message, range: this.range(start, end) });
      }
      // ---- bodies ------------------------------------------------------------
      file() {
        const items = [];
        const seen = /* @__PURE__ */ new Map();
        try {
          for (; ; ) {
            this.skipNewlines();
            const t = this.peek();
            if (t.type === "eof") break;
            const from = this.pos;
            this.broken = false;
            try {
              const item = this.item(seen, false);
              if (!this.broken) items.push(item);
            } catch (e) {
              if (!(e instanceof HclSyntaxError)) throw e;
              this.report(e.message, e.start, e.end);
              this.resync(Math.max(e.start, from));
            }
          }
        } catch (e) {
          if (e instanceof TooDeep) {
            this.diagnostics.length = Math.min(this.diagnostics.length, MAX_DIAGNOSTICS - 1);
            this.diagnostics.push({
              file: this.fileName,
              severity: "error",
              code: "hcl-too-deep",
              message: `HCL nesting is too deep to read (more than ${MAX_DEPTH2} levels)`,
              range: this.range(e.start, Math.min(e.start + 1, this.lex.end))
            });
          } else if (e instanceof RangeError) {
            this.diagnostics.push({ file: this.fileName, severity: "error", code: "hcl-too-deep", message: "HCL nesting is too deep to read" });
          } else {
            throw e;
          }
        }
        if (this.dropped > 0) this.diagnostics.push({ file: this.fileName, severity: "error", code: "hcl-syntax", message: `${this.dropped} more HCL syntax errors in this file` });
        const body = { items, range: this.range(0, this.lex.end) };
        return { body, comments: this.lex.comments, diagnostics: this.diagnostics };
      }
      /**
       * After an error: skip to the next line that starts with a name (column 1),
       * passing over strings and heredocs so their text is not taken for blocks.
       */
      resync(from) {
        const s = this.lex.text;
        const end = this.lex.end;
        let i = from;
        while (i < end) {
          const c = s.charCodeAt(i);
          if (c === 10) break;
          if (c === 60 && s.charCodeAt(i + 1) === 60) {
            const t = this.lex.scan(i);
            if (t.type === "heredoc") {
              i = this.skipHeredoc(t);
              continue;
            }
          }
          i++;
        }
        while (i < end) {
          i++;
          const c = s.charCodeAt(i);
          if (i < end && (c === 95 || c >= 65 && c <= 90 || c >= 97 && c <= 122)) break;
          while (i < end && s.charCodeAt(i) !== 10) {
            if (s.charCodeAt(i) === 60 && s.charCodeAt(i + 1) === 60) {
              const t = this.lex.scan(i);
              if (t.type === "heredoc") {
                i = this.skipHeredoc(t) - 1;
                if (i < end && s.charCodeAt(i) !== 10) i++;
                continue;
              }
            }
            i++;
          }
        }
        this.pos = Math.min(i, end);
        this.cachedAt = -1;
        this.ignoreNewlines = 0;
        this.depth = 0;
      }
      /** The offset after a heredoc's closing marker line (or the end). */
      skipHeredoc(t) {
        const close = this.findHeredocEnd(t.end, t.text);
        return close ? close.end : this.lex.end;
      }
      item(seen, inBlock) {
        const name = this.peek();
        if (name.type !== "ident") throw this.error(`expected an argument name or a block type, found ${describe(name)}`, name);
        this.next();
        const after = this.peek();
        if (after.type === "punct" && after.text === "=") {
          this.next();
          const expression = this.expression();
          const nameRange = this.range(name.start, name.end);
          const previous = seen.get(name.text);
          if (previous) {
            this.report(`argument "${name.text}" is already set at line ${previous.start.line}, column ${previous.start.column}; an argument may be set only once`, name.start, name.end);
            this.broken = true;
          } else seen.set(name.text, nameRange);
          this.endOfItem(inBlock);
          return { type: "attribute", name: name.text, nameRange, expression, range: { start: nameRange.start, end: expression.range.end } };
        }
        return this.block(name);
      }
      /** After an argument: a newline, the end of the file, or (single-line block) `}`. */
      endOfItem(inSingleLine) {
        const t = this.peek();
        if (t.type === "newline") {
          this.next();
          return;
        }
        if (t.type === "eof") return;
        if (inSingleLine && t.type === "punct" && t.text === "}") return;
        throw this.error(`an argument must end with a new line, found ${describe(t)}`, t);
      }
      block(type) {
        const labels = [];
        for (; ; ) {
          const t = this.peek();
          if (t.type === "ident") {
            this.next();
            labels.push({ value: t.text, range: this.range(t.start, t.end), quoted: false });
          } else if (t.type === "quote") {
            labels.push(this.label());
          } else if (t.type === "punct" && t.text === "{") {
            break;
          } else {
            const what = labels.length === 0 ? `"=" or a block label` : 'a block label or "{"';
            throw this.error(`expected ${what} after "${type.text}", found ${describe(t)}`, t);
          }
        }
        const open2 = this.next();
        this.enter(open2.start);
        const items = [];
        const seen = /* @__PURE__ */ new Map();
        let close;
        const first = this.peek();
        if (first.type === "newline") {
          for (; ; ) {
            this.skipNewlines();
            const t = this.peek();
            if (t.type === "punct" && t.text === "}") {
              close = this.next();
              break;
            }
            if (t.type === "eof") throw this.error(`block "${type.text}" is not closed: "}" is missing`, { start: open2.start, end: open2.end });
            items.push(this.item(seen, false));
          }
        } else if (first.type === "punct" && first.text === "}") {
          close = this.next();
        } else {
          const after2 = first.type === "ident" ? this.lex.scan(first.end) : void 0;
          if (after2 && !(after2.type === "punct" && after2.text === "=")) throw this.error("a block on a single line cannot hold another block; put it on lines of its own", { start: first.start, end: first.end });
          items.push(this.item(seen, true));
          const t = this.peek();
          if (!(t.type === "punct" && t.text === "}")) throw this.error(`a block on a single line holds at most one argument; expected "}", found ${describe(t)}`, t);
          close = this.next();
        }
        this.leave();
        const after = this.peek();
        if (after.type === "newline") this.next();
        else if (after.type !== "eof") throw this.error(`a block must end with a new line after "}", found ${describe(after)}`, after);
        const typeRange = this.range(type.start, type.end);
        return {
          type: "block",
          blockType: type.text,
          typeRange,
          labels,
          body: { items, range: this.range(open2.end, close.start) },
          header: { start: typeRange.start, end: this.lex.position(open2.end) },
          range: { start: typeRange.start, end: this.lex.position(close.end) }
        };
      }
      label() {
        const quote2 = this.peek();
        const template = this.quoted();
        const text = literalText(template);
        if (text === void 0) throw this.error('a block label must be a literal string, without "${" or "%{"', { start: quote2.start, end: this.pos });
        return { value: text, range: template.range, quoted: true };
      }
      // ---- expressions -------------------------------------------------------
      expression() {
        const start = this.peek().start;
        this.enter(start);
        let e = this.binary(1);
        if (this.isPunct("?")) {
          this.next();
          const then = this.expression();
          this.expect(":", 'the ":" of a conditional (cond ? a : b)');
          const otherwise = this.expression();
          e = { type: "conditional", condition: e, then, else: otherwise, range: { start: e.range.start, end: otherwise.range.end } };
        }
        this.leave();
        return e;
      }
      binary(level) {
        let left = this.operand();
        for (; ; ) {
          const t = this.peek();
          const l = t.type === "punct" ? BINARY_LEVEL[t.text] : void 0;
          if (l === void 0 || l < level) return left;
          this.next();
          const right = l < 6 ? this.binary(l + 1) : this.operand();
          left = { type: "binary", op: t.text, left, right, range: { start: left.range.start, end: right.range.end } };
        }
      }
      /** Prefix operators, a primary expression, then attribute, index and splat steps. */
      operand() {
        const prefix = [];
        while (this.isPunct("!") || this.isPunct("-")) prefix.push(this.next());
        const primary = this.primary();
        let e = primary.type === "literal" && typeof primary.value === "number" ? primary : this.postfix(primary);
        for (let k = prefix.length - 1; k >= 0; k--) {
          const op = prefix[k];
          e = { type: "unary", op: op.text, operand: e, range: { start: this.lex.position(op.start), end: e.range.end } };
        }
        return e;
      }
      primary() {
        const t = this.peek();
        switch (t.type) {
          case "number":
            this.next();
            return { type: "literal", value: Number(t.text), range: this.range(t.start, t.end) };
          case "ident":
            return this.nameExpression();
          case "quote":
            return this.quoted();
          case "heredoc":
            return this.heredoc();
          case "punct":
            if (t.text === "(") return this.parens();
            if (t.text === "[") return this.tuple();
            if (t.text === "{") return this.object();
            break;
          default:
            break;
        }
        throw this.error(`expected an expression, found ${describe(t)}`, t);
      }
      nameExpression() {
        const t = this.next();
        const range = this.range(t.start, t.end);
        if (t.text === "true" || t.text === "false") return { type: "literal", value: t.text === "true", range };
        if (t.text === "null") return { type: "literal", value: null, range };
        let name = t.text;
        let nameEnd = t.end;
        if (this.isPunct("::")) {
          while (this.isPunct("::")) {
            this.next();
            const part = this.peek();
            if (part.type !== "ident") throw this.error(`expected a function name after "::", found ${describe(part)}`, part);
            this.next();
            name += `::${part.text}`;
            nameEnd = part.end;
          }
          if (!this.isPunct("(")) throw this.error(`expected "(" after the function name ${name}, found ${describe(this.peek())}`, this.peek());
        }
        if (this.isPunct("(")) return this.call(name, t.start, nameEnd);
        return { type: "variable", name, range };
      }
      call(name, start, nameEnd) {
        const open2 = this.next();
        const args = [];
        let expandFinal = false;
        const close = this.withNewlines(true, () => {
          for (; ; ) {
            if (this.isPunct(")")) return this.next();
            args.push(this.expression());
            if (this.eat("...")) {
              expandFinal = true;
              this.eat(",");
              return this.expect(")", `")" after the "..." of the last argument of ${name}()`);
            }
            if (this.isPunct(")")) return this.next();
            this.expect(",", `"," or ")" in the arguments of ${name}()`);
          }
        });
        return { type: "call", name, nameRange: this.range(start, nameEnd), args, expandFinal, range: this.range(start, close.end) };
      }
      parens() {
        const open2 = this.next();
        const expression = this.withNewlines(true, () => this.expression());
        const close = this.withNewlines(true, () => this.expect(")", '")"'));
        return { type: "parens", expression, range: this.range(open2.start, close.end) };
      }
      tuple() {
        const open2 = this.next();
        const result = this.withNewlines(true, () => {
          const t = this.peek();
          if (t.type === "ident" && t.text === "for" && this.forFollows()) return this.forExpression(open2, false);
          const items = [];
          for (; ; ) {
            if (this.isPunct("]")) break;
            items.push(this.expression());
            if (this.isPunct("]")) break;
            this.expect(",", '"," or "]" in a list');
          }
          const close = this.next();
          return { type: "tuple", items, range: this.range(open2.start, close.end) };
        });
        return result;
      }
      /** `for` starts a for expression when a name follows it (`{ for = 1 }` is an object key). */
      forFollows() {
        const after = this.lex.scan(this.peek().end);
        return after.type === "ident";
      }
      object() {
        const open2 = this.next();
        const result = this.withNewlines(false, () => {
          this.skipNewlines();
          const t = this.peek();
          if (t.type === "ident" && t.text === "for" && this.forFollows()) return this.withNewlines(true, () => this.forExpression(open2, true));
          const items = [];
          for (; ; ) {
            this.skipNewlines();
            if (this.isPunct("}")) break;
            const key = this.objectKey();
            const sep4 = this.peek();
            if (!(sep4.type === "punct" && (sep4.text === "=" || sep4.text === ":"))) throw this.error(`expected "=" after the object key, found ${describe(sep4)}`, sep4);
            this.next();
            const value2 = this.expression();
            items.push({ key, value: value2 });
            const after = this.peek();
            if (after.type === "punct" && after.text === ",") this.next();
            else if (after.type === "newline") this.next();
            else if (!(after.type === "punct" && after.text === "}")) throw this.error(`expected "," or a new line between object items, found ${describe(after)}`, after);
          }
          const close = this.next();
          return { type: "object", items, range: this.range(open2.start, close.end) };
        });
        return result;
      }
      objectKey() {
        const t = this.peek();
        if (t.type === "ident") {
          const after = this.lex.scan(t.end);
          if (after.type === "punct" && (after.text === "=" || after.text === ":")) {
            this.next();
            return { type: "literal", value: t.text, range: this.range(t.start, t.end) };
          }
        }
        return this.withNewlines(true, () => this.expression());
      }
      forExpression(open2, object2) {
        this.next();
        const first = this.forName();
        let keyVar;
        let valueVar = first;
        if (this.eat(",")) {
          keyVar = first;
          valueVar = this.forName();
        }
        const kw = this.peek();
        if (!(kw.type === "ident" && kw.text === "in")) throw this.error(`expected "in" in a for expression, found ${describe(kw)}`, kw);
        this.next();
        const collection = this.expression();
        this.expect(":", '":" after the collection of a for expression');
        let key;
        let value2 = this.expression();
        if (object2) {
          this.expect("=>", '"=>" between the key and the value of a for expression that builds an object');
          key = value2;
          value2 = this.expression();
        }
        const grouping = object2 && this.eat("...") !== void 0;
        let condition;
        const maybeIf = this.peek();
        if (maybeIf.type === "ident" && maybeIf.text === "if") {
          this.next();
          condition = this.expression();
        }
        const close = this.expect(object2 ? "}" : "]", object2 ? '"}" at the end of the for expression' : '"]" at the end of the for expression');
        const e = { type: "for", valueVar, collection, value: value2, grouping, range: this.range(open2.start, close.end) };
        if (keyVar) e.keyVar = keyVar;
        if (key) e.key = key;
        if (condition) e.condition = condition;
        return e;
      }
      forName() {
        const t = this.peek();
        if (t.type !== "ident") throw this.error(`expected a variable name in a for expression, found ${describe(t)}`, t);
        this.next();
        return { name: t.text, range: this.range(t.start, t.end) };
      }
      postfix(e) {
        for (; ; ) {
          const t = this.lex.scan(this.pos);
          if (t.type !== "punct") return e;
          if (t.text === ".") {
            const step = this.lex.scan(t.end);
            if (step.type === "punct" && step.text === "*") {
              this.pos = step.end;
              this.cachedAt = -1;
              e = this.splat(e, false, t.start);
              continue;
            }
            this.pos = t.end;
            this.cachedAt = -1;
            e = this.attributeStep(e);
            continue;
          }
          if (t.text === "[") {
            const star = this.lex.scan(t.end);
            if (star.type === "punct" && star.text === "*") {
              const close = this.lex.scan(star.end);
              if (close.type === "punct" && close.text === "]") {
                this.pos = close.end;
                this.cachedAt = -1;
                e = this.splat(e, true, t.start);
                continue;
              }
            }
            this.pos = t.start;
            this.cachedAt = -1;
            e = this.indexStep(e);
            continue;
          }
          return e;
        }
      }
      /** After `.`: a name, or a legacy index (`.0`). */
      attributeStep(e) {
        const t = this.next();
        if (t.type === "ident") return { type: "getattr", object: e, name: t.text, nameRange: this.range(t.start, t.end), range: { start: e.range.start, end: this.lex.position(t.end) } };
        if (t.type === "number" && /^[0-9]+(\.[0-9]+)?$/.test(t.text)) {
          const dot = t.text.indexOf(".");
          const parts = dot < 0 ? [[t.start, t.end]] : [[t.start, t.start + dot], [t.start + dot + 1, t.end]];
          for (const [s, end] of parts) {
            const key = { type: "literal", value: Number(this.lex.text.slice(s, end)), range: this.range(s, end) };
            e = { type: "index", object: e, key, legacy: true, range: { start: e.range.start, end: this.lex.position(end) } };
          }
          return e;
        }
        throw this.error(`expected an attribute name after ".", found ${describe(t)}`, t);
      }
      indexStep(e) {
        const open2 = this.next();
        const key = this.withNewlines(true, () => this.expression());
        const close = this.withNewlines(true, () => this.expect("]", '"]" after the index'));
        return { type: "index", object: e, key, range: { start: e.range.start, end: this.lex.position(close.end) } };
      }
      /** `[*]` (full: attributes and indexes apply to each element) or `.*` (attributes only). */
      splat(object2, full, start) {
        const at = this.range(start, this.pos);
        let each = { type: "splat-item", range: at };
        for (; ; ) {
          const t = this.lex.scan(this.pos);
          if (t.type !== "punct") break;
          if (t.text === ".") {
            const step = this.lex.scan(t.end);
            if (step.type === "punct" && step.text === "*") break;
            this.pos = t.end;
            this.cachedAt = -1;
            each = this.attributeStep(each);
            continue;
          }
          if (full && t.text === "[") {
            const star = this.lex.scan(t.end);
            if (star.type === "punct" && star.text === "*") break;
            this.pos = t.start;
            this.cachedAt = -1;
            each = this.indexStep(each);
            continue;
          }
          break;
        }
        return { type: "splat", object: object2, each, full, range: { start: object2.range.start, end: each.type === "splat-item" ? at.end : each.range.end } };
      }
      // ---- templates ---------------------------------------------------------
      /** A quoted template `"…"`; `pos` is at the quote. */
      quoted() {
        const open2 = this.next();
        const { parts, end } = this.templateParts("quoted", open2.end, void 0);
        this.pos = end;
        this.cachedAt = -1;
        return { type: "template", parts, range: this.range(open2.start, end) };
      }
      heredoc() {
        const open2 = this.next();
        const close = this.findHeredocEnd(open2.end, open2.text);
        if (!close) throw this.error(`the heredoc <<${open2.flush ? "-" : ""}${open2.text} is not closed: no line holds only ${open2.text}`, open2);
        const { parts } = this.templateParts("heredoc", open2.end, close.lineStart);
        this.pos = close.markerEnd;
        this.cachedAt = -1;
        if (open2.flush) flush(parts);
        return { type: "template", parts, heredoc: { marker: open2.text, flush: open2.flush === true }, range: this.range(open2.start, close.markerEnd) };
      }
      /** The closing line of a heredoc: optional spaces, the marker, then a line end or the end of the file. */
      findHeredocEnd(from, marker) {
        const s = this.lex.text;
        const end = this.lex.end;
        let line = from;
        while (line < end) {
          let i = line;
          while (i < end && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
          if (s.startsWith(marker, i)) {
            const markerEnd = i + marker.length;
            let after = markerEnd;
            while (after < end && (s.charCodeAt(after) === 32 || s.charCodeAt(after) === 9)) after++;
            const c = s.charCodeAt(after);
            if (after >= end || c === 10 || c === 13 && s.charCodeAt(after + 1) === 10) return { lineStart: line, markerEnd, end: after };
          }
          const nl = s.indexOf("\n", line);
          if (nl < 0 || nl >= end) return void 0;
          line = nl + 1;
        }
        return void 0;
      }
      /** Reads the template at this.lex.text from `from` (a JSON string's whole value). */
      bareTemplate(diagnostics) {
        try {
          const { parts } = this.templateParts("bare", 0, this.lex.end);
          return { type: "template", parts, range: this.range(0, this.lex.end) };
        } catch (e) {
          if (e instanceof HclSyntaxError) {
            diagnostics.push({ file: this.fileName, severity: "error", code: "hcl-syntax", message: e.message, range: this.range(e.start, e.end) });
            return void 0;
          }
          if (e instanceof TooDeep) {
            diagnostics.push({ file: this.fileName, severity: "error", code: "hcl-too-deep", message: `HCL nesting is too deep to read (more than ${MAX_DEPTH2} levels)`, range: this.range(e.start, e.start) });
            return void 0;
          }
          throw e;
        }
      }
      /**
       * Template text from `from`: up to the closing quote (quoted), or to
       * `limit` (heredoc, bare). Directives nest with an explicit stack.
       */
      templateParts(mode, from, limit) {
        const s = this.lex.text;
        const stop = limit ?? this.lex.end;
        const root2 = { kind: "root", parts: [], start: from };
        const stack = [root2];
        let buf = "";
        let bufStart = from;
        let stripNext = false;
        let i = from;
        const top = () => stack[stack.length - 1];
        const flushText = (endAt, stripEnd) => {
          let value2 = buf;
          if (stripNext) value2 = value2.replace(/^\s+/, "");
          if (stripEnd) value2 = value2.replace(/\s+$/, "");
          stripNext = false;
          if (value2.length > 0) top().parts.push({ type: "text", value: value2, range: this.range(bufStart, endAt) });
          buf = "";
        };
        for (; ; ) {
          if (i >= stop) {
            if (mode === "quoted") throw this.error("this string is not closed: the closing quote is missing", { start: from - 1, end: from });
            break;
          }
          const c = s.charCodeAt(i);
          if (mode === "quoted" && c === 34) break;
          if (mode === "quoted" && (c === 10 || c === 13)) throw this.error("a quoted string cannot span lines: close it on the same line, or use a heredoc (<<EOT)", { start: from - 1, end: i });
          if (mode === "quoted" && c === 92) {
            const [text, length] = this.escape(i);
            if (buf === "") bufStart = i;
            buf += text;
            i += length;
            continue;
          }
          if ((c === 36 || c === 37) && s.charCodeAt(i + 1) === 123) {
            const stripLeft = s.charCodeAt(i + 2) === 126;
            const open2 = i;
            flushText(i, stripLeft);
            this.pos = i + (stripLeft ? 3 : 2);
            this.cachedAt = -1;
            if (c === 36) {
              const expression = this.withNewlines(true, () => this.expression());
              const stripRight = this.closeSequence();
              top().parts.push({ type: "interpolation", expression, strip: { left: stripLeft, right: stripRight }, range: this.range(open2, this.pos) });
              stripNext = stripRight;
            } else {
              this.enter(open2);
              stripNext = this.directive(stack, open2);
            }
            i = this.pos;
            bufStart = i;
            continue;
          }
          if ((c === 36 || c === 37) && s.charCodeAt(i + 1) === c && s.charCodeAt(i + 2) === 123) {
            if (buf === "") bufStart = i;
            buf += c === 36 ? "${" : "%{";
            i += 3;
            continue;
          }
          let j = i + 1;
          while (j < stop) {
            const d = s.charCodeAt(j);
            if (d === 36 || d === 37 || mode === "quoted" && (d === 34 || d === 92 || d === 10 || d === 13)) break;
            j++;
          }
          if (buf === "") bufStart = i;
          buf += s.slice(i, j);
          i = j;
        }
        flushText(i, false);
        if (stack.length > 1) {
          const open2 = top();
          throw this.error(`%{ ${open2.kind === "for" ? "for" : "if"} } has no %{ end${open2.kind === "for" ? "for" : "if"} }`, { start: open2.start, end: open2.start + 2 });
        }
        return { parts: root2.parts, end: mode === "quoted" ? i + 1 : i };
      }
      /** `}` or `~}` ending an interpolation or directive; returns whether it strips. */
      closeSequence() {
        const t = this.withNewlines(true, () => this.peek());
        if (t.type === "punct" && t.text === "~") {
          this.withNewlines(true, () => this.next());
          const close = this.lex.scan(this.pos);
          if (close.type === "punct" && close.text === "}" && close.start === this.pos) {
            this.pos = close.end;
            this.cachedAt = -1;
            return true;
          }
          throw this.error(`expected "}" right after "~", found ${describe(close)}`, close);
        }
        if (t.type === "punct" && t.text === "}") {
          this.withNewlines(true, () => this.next());
          return false;
        }
        throw this.error(`expected "}" to close the template sequence, found ${describe(t)}`, t);
      }
      /** A `%{ … }` directive; `pos` is after `%{` (and `~`). Returns whether its close strips. */
      directive(stack, open2) {
        const kw = this.withNewlines(true, () => this.next());
        const top = stack[stack.length - 1];
        const word = kw.type === "ident" ? kw.text : "";
        if (word === "if") {
          const condition = this.withNewlines(true, () => this.expression());
          const strip = this.closeSequence();
          const node = { type: "if", condition, then: [], range: this.range(open2, this.pos) };
          top.parts.push(node);
          stack.push({ kind: "if", parts: node.then, start: open2, node });
          return strip;
        }
        if (word === "for") {
          const first = this.withNewlines(true, () => this.forName());
          let keyVar;
          let valueVar = first;
          if (this.withNewlines(true, () => this.eat(","))) {
            keyVar = first;
            valueVar = this.withNewlines(true, () => this.forName());
          }
          const inKw = this.withNewlines(true, () => this.next());
          if (!(inKw.type === "ident" && inKw.text === "in")) throw this.error(`expected "in" in %{ for }, found ${describe(inKw)}`, inKw);
          const collection = this.withNewlines(true, () => this.expression());
          const strip = this.closeSequence();
          const node = { type: "for", valueVar, collection, body: [], range: this.range(open2, this.pos) };
          if (keyVar) node.keyVar = keyVar;
          top.parts.push(node);
          stack.push({ kind: "for", parts: node.body, start: open2, node });
          return strip;
        }
        if (word === "else" || word === "endif" || word === "endfor") {
          const strip = this.closeSequence();
          const expected = word === "endfor" ? ["for"] : word === "else" ? ["if"] : ["if", "else"];
          if (!expected.includes(top.kind)) throw this.error(`%{ ${word} } without a matching %{ ${word === "endfor" ? "for" : "if"} }`, { start: open2, end: this.pos });
          this.leave();
          this.leave();
          const node = top.node;
          node.range = { start: node.range.start, end: this.lex.position(this.pos) };
          stack.pop();
          if (word === "else") {
            const ifNode = node;
            ifNode.else = [];
            this.enter(open2);
            stack.push({ kind: "else", parts: ifNode.else, start: open2, node });
          }
          return strip;
        }
        throw this.error(`expected if, for, else, endif or endfor after "%{", found ${describe(kw)}`, kw);
      }
      /** A backslash escape in a quoted string at `i`: its text and length. */
      escape(i) {
        const s = this.lex.text;
        const c = s[i + 1];
        switch (c) {
          case "n":
            return ["\n", 2];
          case "r":
            return ["\r", 2];
          case "t":
            return ["	", 2];
          case '"':
            return ['"', 2];
          case "\\":
            return ["\\", 2];
          case "u":
          case "U": {
            const n = c === "u" ? 4 : 8;
            const hex = s.slice(i + 2, i + 2 + n);
            if (hex.length === n && /^[0-9a-fA-F]+$/.test(hex)) {
              const cp = parseInt(hex, 16);
              if (cp <= 1114111 && !(cp >= 55296 && cp <= 57343)) return [String.fromCodePoint(cp), 2 + n];
            }
            throw this.error(`invalid escape \\${c}${hex}: expected ${n} hexadecimal digits of a Unicode character`, { start: i, end: i + 2 + Math.min(hex.length, n) });
          }
          default:
            throw this.error(`invalid escape \\${c ?? ""} in a string: use \\n, \\r, \\t, \\", \\\\, \\uNNNN or \\UNNNNNNNN`, { start: i, end: i + 2 });
        }
      }
    };
  }
});

// src/parsers/terraform/ast-nodes.ts
function topLevelBlocks(body, source) {
  const blocks = [];
  for (const item of body.items) {
    if (item.type !== "block") continue;
    blocks.push({
      type: item.blockType,
      labels: item.labels.map((l) => l.value),
      labelRanges: item.labels.map((l) => l.range),
      header: item.header,
      extent: item.range,
      body: bodyNode(item, source)
    });
  }
  return blocks;
}
function attributeEntries(body, source) {
  return body.items.filter((i) => i.type === "attribute").map((a) => ({ key: a.name, keyRange: a.nameRange, value: expressionNode(a.expression, source) }));
}
function bodyNode(block, source) {
  const node = { kind: "map", entries: [], range: block.range };
  const groups = /* @__PURE__ */ new Map();
  for (const item of block.body.items) {
    if (item.type === "attribute") {
      node.entries.push({ key: item.name, keyRange: item.nameRange, value: expressionNode(item.expression, source) });
      continue;
    }
    let group = groups.get(item.blockType);
    if (!group) {
      const tree = item.labels.length === 0 ? { kind: "seq", items: [], range: item.range } : { kind: "map", entries: [], range: item.range };
      group = { tree, labels: /* @__PURE__ */ new Map() };
      groups.set(item.blockType, group);
      node.entries.push({ key: item.blockType, keyRange: item.typeRange, value: tree });
    }
    group.tree.range = { start: group.tree.range.start, end: item.range.end };
    const body = bodyNode(item, source);
    if (group.tree.kind === "seq") {
      group.tree.items.push(body);
      continue;
    }
    let cur = group.tree;
    item.labels.forEach((label2, k) => {
      const last = k === item.labels.length - 1;
      let index = group.labels.get(cur);
      if (!index) {
        index = /* @__PURE__ */ new Map();
        group.labels.set(cur, index);
      }
      let entry = index.get(label2.value);
      if (!entry) {
        entry = { key: label2.value, keyRange: label2.range, value: last ? { kind: "seq", items: [], range: item.range } : { kind: "map", entries: [], range: item.range } };
        cur.entries.push(entry);
        index.set(label2.value, entry);
      }
      if (last && entry.value.kind === "seq") entry.value.items.push(body);
      else if (entry.value.kind === "map") cur = entry.value;
    });
  }
  return node;
}
function expressionNode(root2, source) {
  let result;
  const work = [{ e: root2, put: (n) => result = n }];
  while (work.length > 0) {
    const { e, put } = work.pop();
    const literal2 = literalValue(e);
    if (literal2 !== void 0) {
      put({ kind: "scalar", value: literal2.value, range: e.range, expr: e });
      continue;
    }
    if (e.type === "tuple") {
      const seq = { kind: "seq", items: new Array(e.items.length), range: e.range, expr: e };
      put(seq);
      e.items.forEach((item, k) => work.push({ e: item, put: (n) => seq.items[k] = n }));
      continue;
    }
    if (e.type === "object") {
      const keys = e.items.map((i) => literalKey(i.key));
      if (keys.every((k) => k !== void 0)) {
        const map = { kind: "map", entries: [], range: e.range, expr: e };
        put(map);
        e.items.forEach((item, k) => {
          const entry = { key: keys[k], keyRange: item.key.range, value: map };
          map.entries.push(entry);
          work.push({ e: item.value, put: (n) => entry.value = n });
        });
        continue;
      }
    }
    put({ kind: "scalar", value: source.display(e), range: e.range, expr: e });
  }
  return result;
}
function literalValue(e) {
  if (e.type === "literal") return { value: e.value };
  if (e.type === "template") {
    const text = literalText(e);
    return text === void 0 ? void 0 : { value: text };
  }
  if (e.type === "unary" && e.op === "-" && e.operand.type === "literal" && typeof e.operand.value === "number") return { value: -e.operand.value };
  return void 0;
}
function literalKey(e) {
  const v = literalValue(e);
  if (v === void 0 || v.value === null) return void 0;
  return String(v.value);
}
var SourceText;
var init_ast_nodes = __esm({
  "src/parsers/terraform/ast-nodes.ts"() {
    "use strict";
    init_parser();
    SourceText = class {
      constructor(text, json) {
        this.text = text;
        this.json = json;
      }
      text;
      json;
      slice(range) {
        return this.text.slice(range.start.offset, range.end.offset);
      }
      /** `${expr}` for an expression, the template's own text for a template. */
      display(e) {
        if (e.type !== "template") return `\${${this.slice(e.range)}}`;
        const raw = this.slice(e.range);
        if (this.json) {
          try {
            return JSON.parse(raw);
          } catch {
            return raw;
          }
        }
        if (e.heredoc) {
          const start = raw.indexOf("\n") + 1;
          const end = raw.lastIndexOf("\n");
          return end >= start ? raw.slice(start, end + 1) : "";
        }
        return raw.slice(1, -1);
      }
    };
  }
});

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os = __require("os");
    var path = __require("path");
    var IS_WINDOWS_PLATFORM = os.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str2) {
      if (typeof str2 !== "string" || str2 === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str2)) {
        if (match[2]) return true;
        str2 = str2.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str2) {
      if (str2[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str2.length) {
        if (str2[index] === "*") {
          return true;
        }
        if (str2[index + 1] === "?" && /[\].+)]/.test(str2[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str2[index] === "[" && str2[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str2.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str2.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str2[index] === "{" && str2[index + 1] !== "}") {
          closeCurlyIndex = str2.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str2.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str2[index] === "(" && str2[index + 1] === "?" && /[:!=]/.test(str2[index + 2]) && str2[index + 3] !== ")") {
          closeParenIndex = str2.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str2.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str2[index] === "(" && str2[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str2.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str2[pipeIndex + 1] !== ")") {
            closeParenIndex = str2.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str2.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str2[index] === "\\") {
          var open2 = str2[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str2.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str2[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str2) {
      if (str2[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str2.length) {
        if (/[*?{}()[\]]/.test(str2[index])) {
          return true;
        }
        if (str2[index] === "\\") {
          var open2 = str2[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str2.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str2[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str2, options) {
      if (typeof str2 !== "string" || str2 === "") {
        return false;
      }
      if (isExtglob(str2)) {
        return true;
      }
      var check3 = strictCheck;
      if (options && options.strict === false) {
        check3 = relaxedCheck;
      }
      return check3(str2);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str2, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str2.indexOf(slash) < 0) {
        str2 = str2.replace(backslash, slash);
      }
      if (enclosure.test(str2)) {
        str2 += slash;
      }
      str2 += "a";
      do {
        str2 = pathPosixDirname(str2);
      } while (isGlob(str2) || globby.test(str2));
      return str2.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains2(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains2(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains2(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str2) {
      return /^-?(0+)\d/.test(str2);
    }
    function padZeros(value2, tok, options) {
      if (!tok.isPadded) {
        return value2;
      }
      let diff = Math.abs(tok.maxLen - String(value2).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject3 = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value2) => toNumber === true ? Number(value2) : String(value2);
    };
    var isValidValue = (value2) => {
      return typeof value2 === "number" || typeof value2 === "string" && value2 !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input2) => {
      let value2 = `${input2}`;
      let index = -1;
      if (value2[0] === "-") value2 = value2.slice(1);
      if (value2 === "0") return false;
      while (value2[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad2 = (input2, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input2[0] === "-" ? "-" : "";
        if (dash) input2 = input2.slice(1);
        input2 = dash + input2.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input2);
      }
      return input2;
    };
    var toMaxLen = (input2, maxLength) => {
      let negative = input2[0] === "-" ? "-" : "";
      if (negative) {
        input2 = input2.slice(1);
        maxLength--;
      }
      while (input2.length < maxLength) input2 = "0" + input2;
      return negative ? "-" + input2 : input2;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format2 = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad2(format2(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format2 = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format2(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject3(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject3(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk2 = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk2(child, node);
          }
        }
        return output;
      };
      return walk2(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value2 of item) {
            result.push(append(value2, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand2 = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk2 = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk2(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk2(ast));
    };
    module.exports = expand2;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: " ",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse2 = (input2, options = {}) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input2.length > max) {
        throw new SyntaxError(`Input length (${input2.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input: input2, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input2.length;
      let index = 0;
      let depth = 0;
      let value2;
      const advance = () => input2[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value2 = advance();
        if (value2 === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value2 === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value2 === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value2 : "") + advance() });
          continue;
        }
        if (value2 === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value2 });
          continue;
        }
        if (value2 === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value2 += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value2 += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value: value2 });
          continue;
        }
        if (value2 === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value: value2 });
          continue;
        }
        if (value2 === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value: value2 });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value: value2 });
          block = stack[stack.length - 1];
          continue;
        }
        if (value2 === CHAR_DOUBLE_QUOTE || value2 === CHAR_SINGLE_QUOTE || value2 === CHAR_BACKTICK) {
          const open2 = value2;
          let next;
          if (options.keepQuotes !== true) {
            value2 = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value2 += next + advance();
              continue;
            }
            if (next === open2) {
              if (options.keepQuotes === true) value2 += next;
              break;
            }
            value2 += next;
          }
          push({ type: "text", value: value2 });
          continue;
        }
        if (value2 === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value: value2 });
          continue;
        }
        if (value2 === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value: value2 });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value: value2 });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value2 === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open2 = block.nodes.shift();
            block.nodes = [open2, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value: value2 });
          block.commas++;
          continue;
        }
        if (value2 === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value: value2 });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value2;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value2;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value: value2 });
          continue;
        }
        push({ type: "text", value: value2 });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse2;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand2 = require_expand();
    var parse2 = require_parse();
    var braces = (input2, options = {}) => {
      let output = [];
      if (Array.isArray(input2)) {
        for (const pattern of input2) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input2, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input2, options = {}) => parse2(input2, options);
    braces.stringify = (input2, options = {}) => {
      if (typeof input2 === "string") {
        return stringify(braces.parse(input2, options), options);
      }
      return stringify(input2, options);
    };
    braces.compile = (input2, options = {}) => {
      if (typeof input2 === "string") {
        input2 = braces.parse(input2, options);
      }
      return compile(input2, options);
    };
    braces.expand = (input2, options = {}) => {
      if (typeof input2 === "string") {
        input2 = braces.parse(input2, options);
      }
      let result = expand2(input2, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input2, options = {}) => {
      if (input2 === "" || input2.length < 3) {
        return [input2];
      }
      return options.expand !== true ? braces.compile(input2, options) : braces.expand(input2, options);
    };
    module.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path.sep === "\\";
    };
    exports.escapeLast = (input2, char, lastIdx) => {
      const idx = input2.lastIndexOf(char, lastIdx);
      if (idx === -1) return input2;
      if (input2[idx - 1] === "\\") return exports.escapeLast(input2, char, idx - 1);
      return `${input2.slice(0, idx)}\\${input2.slice(idx)}`;
    };
    exports.removePrefix = (input2, state = {}) => {
      let output = input2;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input2, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input2})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input2, options) => {
      const opts = options || {};
      const length = input2.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input2;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input: input2,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input2.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value2 !== "") {
            parts.push(value2);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input2.length) {
          const value2 = input2.slice(prevIndex + 1);
          parts.push(value2);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value2;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value2 = `[${args.join("-")}]`;
      try {
        new RegExp(value2);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value2;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input2) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value2 = "";
      let escaped = false;
      for (const ch of input2) {
        if (escaped === true) {
          value2 += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value2 += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value2 += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value2);
              value2 = "";
              continue;
            }
          }
        }
        value2 += ch;
      }
      parts.push(value2);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value2 = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value2)) {
          value2 = value2.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value2)) {
        return;
      }
      return value2.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value2 = pattern.trim();
      let match = parseRepeatedExtglob(value2);
      while (match) {
        depth++;
        value2 = match.body.trim();
        match = parseRepeatedExtglob(value2);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse2 = (input2, options) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected a string");
      }
      input2 = REPLACEMENTS[input2] || input2;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants3.globChars(win32);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input: input2,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input2 = utils.removePrefix(input2, state);
      len = input2.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value2;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input2[state.index + n];
      const advance = state.advance = () => input2[++state.index] || "";
      const remaining = () => input2.slice(state.index + 1);
      const consume = (value3 = "", num = 0) => {
        state.consumed += value3;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value3) => {
        const token = { ...EXTGLOB_CHARS[value3], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value3, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input2.slice(token.startIndex, state.index + 1);
        const body = input2.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal2;
          open2.output = safeOutput || utils.escapeRegex(literal2);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value: value2, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value: value2, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input2)) {
        let backslashes = false;
        let output = input2.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input2 && opts.contains === true) {
          state.output = input2;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value2 = advance();
        if (value2 === "\0") {
          continue;
        }
        if (value2 === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value2 += "\\";
            push({ type: "text", value: value2 });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value2 += "\\";
            }
          }
          if (opts.unescape === true) {
            value2 = advance();
          } else {
            value2 += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value: value2 });
            continue;
          }
        }
        if (state.brackets > 0 && (value2 !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value2 === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value2 === "[" && peek() !== ":" || value2 === "-" && peek() === "]") {
            value2 = `\\${value2}`;
          }
          if (value2 === "]" && (prev.value === "[" || prev.value === "[^")) {
            value2 = `\\${value2}`;
          }
          if (opts.posix === true && value2 === "!" && prev.value === "[") {
            value2 = "^";
          }
          prev.value += value2;
          append({ value: value2 });
          continue;
        }
        if (state.quotes === 1 && value2 !== '"') {
          value2 = utils.escapeRegex(value2);
          prev.value += value2;
          append({ value: value2 });
          continue;
        }
        if (value2 === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value: value2 });
          }
          continue;
        }
        if (value2 === "(") {
          increment("parens");
          push({ type: "paren", value: value2 });
          continue;
        }
        if (value2 === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value: value2, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value2 === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value2 = `\\${value2}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value: value2 });
          continue;
        }
        if (value2 === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value: value2, output: `\\${value2}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value: value2, output: `\\${value2}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value2 = `/${value2}`;
          }
          prev.value += value2;
          append({ value: value2 });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value2 === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value: value2,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value2 === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value: value2, output: value2 });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value2 = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value: value2, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value2 === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value: value2 });
          continue;
        }
        if (value2 === ",") {
          let output = value2;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value: value2, output });
          continue;
        }
        if (value2 === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value: value2, output: SLASH_LITERAL });
          continue;
        }
        if (value2 === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value2;
            prev.value += value2;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value: value2, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value: value2, output: DOT_LITERAL });
          continue;
        }
        if (value2 === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value2);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value2;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value2}`;
            }
            push({ type: "text", value: value2, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value: value2, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value: value2, output: QMARK });
          continue;
        }
        if (value2 === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value2);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value2 === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value2);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value: value2, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value: value2 });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value2 === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value: value2, output: "" });
            continue;
          }
          push({ type: "text", value: value2 });
          continue;
        }
        if (value2 !== "*") {
          if (value2 === "$" || value2 === "^") {
            value2 = `\\${value2}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value2 += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value: value2 });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value2;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value2);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value2);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value2);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value: value2, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value: value2, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input2[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value2;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value2);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value2;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value2);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value2;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value2 + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value2;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value2 + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value2;
          state.output += prev.output;
          state.globstar = true;
          consume(value2);
          continue;
        }
        const token = { type: "star", value: value2, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value2;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input2, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input2 = REPLACEMENTS[input2] || input2;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input2, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var scan = require_scan();
    var parse2 = require_parse2();
    var utils = require_utils2();
    var constants3 = require_constants2();
    var isObject3 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input2) => picomatch(input2, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject3(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input2, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input2, regex, options, { glob, posix: posix3 });
        const result = { glob, state, regex, posix: posix3, input: input2, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input2)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input2, regex, options, { glob, posix: posix3 } = {}) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input2 === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input2 === glob;
      let output = match && format2 ? format2(input2) : input2;
      if (match === false) {
        output = format2 ? format2(input2) : input2;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input2, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input2, glob, options, posix3 = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path.basename(input2));
    };
    picomatch.isMatch = (str2, patterns, options) => picomatch(patterns, options)(str2);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input2, options) => scan(input2, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input2, options = {}, returnOutput = false, returnState = false) => {
      if (!input2 || typeof input2 !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input2[0] === "." || input2[0] === "*")) {
        parsed.output = parse2.fastpaths(input2, options);
      }
      if (!parsed.output) {
        parsed = parse2(input2, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants3;
    module.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list2, patterns, options) => {
      patterns = [].concat(patterns);
      list2 = [].concat(list2);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list2) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str2, patterns, options) => picomatch(patterns, options)(str2);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list2, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list2, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str2, pattern, options) => {
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str2)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str2, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str2) || isEmptyString(pattern)) {
          return false;
        }
        if (str2.includes(pattern) || str2.startsWith("./") && str2.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str2, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list2, patterns, options) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list2, patterns, options) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str2, patterns, options) => {
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str2)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str2));
    };
    micromatch.capture = (glob, input2, options) => {
      let posix3 = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix3 ? utils.toPosixSlashes(input2) : input2);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str2 of braces(String(pattern), options)) {
          res.push(picomatch.parse(str2, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename4 = path.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename4);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative6 = [];
      for (const pattern of patterns) {
        if (isAbsolute4(pattern)) {
          absolute.push(pattern);
        } else {
          relative6.push(pattern);
        }
      }
      return [absolute, relative6];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute4(pattern) {
      return path.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute4;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input2) {
      return typeof input2 === "string";
    }
    exports.isString = isString;
    function isEmpty(input2) {
      return input2 === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs = require_fs();
    exports.fs = fs;
    var path = require_path();
    exports.path = path;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input2, settings) {
      const patterns = processPatterns(input2, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input2, settings) {
      let patterns = input2;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path, settings, callback) {
      settings.fs.lstat(path, (lstatError, lstat3) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat3.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat3);
          return;
        }
        settings.fs.stat(path, (statError, stat4) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat3);
            return;
          }
          if (settings.markSymbolicLink) {
            stat4.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat4);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path, settings) {
      const lstat3 = settings.fs.lstatSync(path);
      if (!lstat3.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat3;
      }
      try {
        const stat4 = settings.fs.statSync(path);
        if (settings.markSymbolicLink) {
          stat4.isSymbolicLink = () => true;
        }
        return stat4;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat3;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value2) {
        return option !== null && option !== void 0 ? option : value2;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat4(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat4;
    function statSync5(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.statSync = statSync5;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs = require_fs3();
    exports.fs = fs;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir2(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir2(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir2;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir2(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir2(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir2;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var fs = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value2) {
        return option !== null && option !== void 0 ? option : value2;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get2() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get: get2,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value2) {
          if (!(value2 >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value2;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value2, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value2;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value2, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value2;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value2) {
        var p = new Promise(function(resolve18, reject) {
          pushCb(value2, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve18(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value2) {
        var p = new Promise(function(resolve18, reject) {
          unshiftCb(value2, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve18(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve18) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve18();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve18();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value2) {
      return filter === null || filter(value2);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value2) {
        return option !== null && option !== void 0 ? option : value2;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk2(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk2;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root2, options) {
        return this._walkStream(root2, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve18, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve18(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root2, options) {
        return new Promise((resolve18, reject) => {
          this._walkAsync(root2, options, (error, entries) => {
            if (error === null) {
              resolve18(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve18, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve18(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root2 = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root2, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root2, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root2, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root2 = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root2, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root2, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root2, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root2, options) {
        return this._walkSync(root2, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root2 = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root2, task, options);
        return entries.map(options.transform);
      }
      api(root2, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root2, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    var os = __require("os");
    var CPU_COUNT = Math.max(os.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      lstatSync: fs.lstatSync,
      stat: fs.stat,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value2) {
        return option === void 0 ? value2 : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix3;
      (function(posix4) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix4.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix4.convertPathToPattern = convertPathToPattern2;
      })(posix3 = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input2) {
      const source = [].concat(input2);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP2;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP2;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines2 = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines2.push(`%TAG ${handle} ${prefix}`);
        }
        return lines2.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root2) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root2, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value2, arg, ctx) {
      if (Array.isArray(value2))
        return value2.map((v, i) => toJS(v, String(i), ctx));
      if (value2 && typeof value2.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value2))
          return value2.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value2, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value2.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value2 === "bigint" && !ctx?.keep)
        return Number(value2);
      return value2;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias2 = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias2;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value2) => !value2 || typeof value2 !== "function" && typeof value2 !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value2) {
        super(identity.SCALAR);
        this.value = value2;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias2 = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value2, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value2) && !t.format);
    }
    function createNode(value2, tagName, ctx) {
      if (identity.isDocument(value2))
        value2 = value2.contents;
      if (identity.isNode(value2))
        return value2;
      if (identity.isPair(value2)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value2);
        return map;
      }
      if (value2 instanceof String || value2 instanceof Number || value2 instanceof Boolean || typeof BigInt !== "undefined" && value2 instanceof BigInt) {
        value2 = value2.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value2 && typeof value2 === "object") {
        ref = sourceObjects.get(value2);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value2));
          return new Alias2.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value2, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value2, tagName, schema.tags);
      if (!tagObj) {
        if (value2 && typeof value2.toJSON === "function") {
          value2 = value2.toJSON();
        }
        if (!value2 || typeof value2 !== "object") {
          const node2 = new Scalar.Scalar(value2);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value2 instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value2) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value2, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value2, ctx) : new Scalar.Scalar(value2);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value2) {
      let v = value2;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value2) {
        if (isEmptyPath(path))
          this.add(value2);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value2);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value2) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value2);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value2);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent2) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent2 ? comment.replace(/^(?! *$)/gm, indent2) : comment;
    }
    var lineComment = (str2, indent2, comment) => str2.endsWith("\n") ? indentComment(comment, indent2) : comment.includes("\n") ? "\n" + indentComment(comment, indent2) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent2, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent2.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent2.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent2.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent2.length);
          end = i + indent2.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent2}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent2}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent2) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent2) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value2, ctx) {
      const json = JSON.stringify(value2);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent2 = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent2;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent2, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value2, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value2.includes("\n") || /[ \t]\n|\n[ \t]/.test(value2))
        return doubleQuotedString(value2, ctx);
      const indent2 = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      const res = "'" + value2.replace(/'/g, "''").replace(/\n+/g, `$&
${indent2}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value2, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value2.includes('"');
        const hasSingle = value2.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value2, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value2)) {
        return quotedString(value2, ctx);
      }
      const indent2 = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value2) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value2, lineWidth, indent2.length);
      if (!value2)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value2.length; endStart > 0; --endStart) {
        const ch = value2[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value2.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value2 === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value2 = value2.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent2}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value2.length; ++startEnd) {
        const ch = value2[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value2.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value2 = value2.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent2}`);
      }
      const indentSize = indent2 ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value2.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent2}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent2, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent2}${body}`;
      }
      value2 = value2.replace(/\n+/g, `$&${indent2}`);
      return `|${header}
${indent2}${start}${value2}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value: value2 } = item;
      const { actualString, implicitKey, indent: indent2, indentStep, inFlow } = ctx;
      if (implicitKey && value2.includes("\n") || inFlow && /[[\]{},]/.test(value2)) {
        return quotedString(value2, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value2)) {
        return implicitKey || inFlow || !value2.includes("\n") ? quotedString(value2, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value2.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value2)) {
        if (indent2 === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent2 === indentStep) {
          return quotedString(value2, ctx);
        }
      }
      const str2 = value2.replace(/\n+/g, `$&
${indent2}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value2, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify2 = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify2();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value: value2 }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent: indent2, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value2 == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent2 + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value2 == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value2 == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent2}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value2)) {
        vsb = !!value2.spaceBefore;
        vcb = value2.commentBefore;
        valueComment = value2.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value2 && typeof value2 === "object")
          value2 = doc.createNode(value2);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value2))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value2) && !value2.flow && !value2.tag && !value2.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value2, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value2)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value2.flow ?? value2.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value2) => value2 === MERGE_KEY || typeof value2 === "symbol" && value2.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value3] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value3);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value3,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value2) {
      return ctx && identity.isAlias(value2) ? value2.resolve(ctx.doc, ctx) : value2;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify2();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value: value2 }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value2);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value2);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value2, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value2, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value2, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value2, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value2 = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value2;
      }
      clone(schema) {
        let { key, value: value2 } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value2))
          value2 = value2.clone(schema);
        return new _Pair(key, value2);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify2();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent: indent2, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines2.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines2.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines2[0];
        for (let i = 1; i < lines2.length; ++i) {
          const line = lines2[i];
          str2 += line ? `
${indent2}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent2);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent: indent2, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines2.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines2.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines2.push(str2);
        linesAtValue = lines2.length;
      }
      const { start, end } = flowChars;
      if (lines2.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines2.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines2)
            str2 += line ? `
${indentStep}${indent2}${line}` : "\n";
          return `${str2}
${indent2}${end}`;
        } else {
          return `${start}${fcPadding}${lines2.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent: indent2, options: { commentString } }, lines2, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent2);
        lines2.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value2) => {
          if (typeof replacer === "function")
            value2 = replacer.call(obj, key, value2);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value2 !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value2, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value2] of obj)
            add(key, value2);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value2) {
        this.add(new Pair.Pair(key, value2), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value2) {
        this.items.push(value2);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value2) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value2))
          prev.value = value2;
        else
          this.items[idx] = value2;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string2 = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value2) => typeof value2 === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value2) => value2 == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value2) => typeof value2 === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value: value2 }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value2 === sv)
            return source;
        }
        return value2 ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value: value2 }) {
      if (typeof value2 === "bigint")
        return String(value2);
      const num = typeof value2 === "number" ? value2 : Number(value2);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value2, -0) ? "-0" : JSON.stringify(value2);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value: value2 } = node;
      if (intIdentify(value2) && value2 >= 0)
        return prefix + value2.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string2();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value2) {
      return typeof value2 === "bigint" || Number.isInteger(value2);
    }
    var stringifyJSON = ({ value: value2 }) => JSON.stringify(value2);
    var jsonScalars = [
      {
        identify: (value2) => typeof value2 === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => value2 == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => typeof value2 === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value: value2 }) => intIdentify(value2) ? value2.toString() : JSON.stringify(value2)
      },
      {
        identify: (value2) => typeof value2 === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value2) => value2 instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
        if (!value2)
          return "";
        const buf = value2;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines2 = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines2[i] = str2.substr(o, lineWidth);
          }
          str2 = lines2.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value2;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value2 = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value2 = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value2, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value2;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value2 = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value2);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value2) => value2 instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value: value2, source }, ctx) {
      const boolObj = value2 ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value2 ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value2) => value2 === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value2) => value2 === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign2 = str2[0];
      if (sign2 === "-" || sign2 === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign2 === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign2 === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value: value2 } = node;
      if (intIdentify(value2)) {
        const str2 = value2.toString(radix);
        return value2 < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value2) {
        if (typeof value2 !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value2}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value2) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value2) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value2 of iterable) {
            if (typeof replacer === "function")
              value2 = replacer.call(iterable, value2, value2);
            set2.items.push(Pair.createPair(value2, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value2) => value2 instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign2 = str2[0];
      const parts = sign2 === "-" || sign2 === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign2 === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value: value2 } = node;
      let num = (n) => n;
      if (typeof value2 === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value2) || !isFinite(value2))
        return stringifyNumber.stringifyNumber(node);
      let sign2 = "";
      if (value2 < 0) {
        sign2 = "-";
        value2 *= num(-1);
      }
      const _60 = num(60);
      const parts = [value2 % _60];
      if (value2 < 60) {
        parts.unshift(0);
      } else {
        value2 = (value2 - parts[0]) / _60;
        parts.unshift(value2 % _60);
        if (value2 >= 60) {
          value2 = (value2 - parts[0]) / _60;
          parts.unshift(value2);
        }
      }
      return sign2 + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value2) => typeof value2 === "bigint" || Number.isInteger(value2),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value2) => value2 instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value: value2 }) => value2?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string2();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string2();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string2();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify2();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines2 = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines2.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines2.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines2.length !== 1)
          lines2.unshift("");
        const cs = commentString(doc.commentBefore);
        lines2.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines2.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines2.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines2[lines2.length - 1] === "---") {
          lines2[lines2.length - 1] = `--- ${body}`;
        } else
          lines2.push(body);
      } else {
        lines2.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines2.push("...");
            lines2.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines2.push(`... ${cs}`);
          }
        } else {
          lines2.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines2[lines2.length - 1] !== "")
            lines2.push("");
          lines2.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines2.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias2 = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value2, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value2 === void 0 ? null : this.createNode(value2, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value2) {
        if (assertCollection(this.contents))
          this.contents.add(value2);
      }
      /** Adds a value to the document. */
      addIn(path, value2) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value2);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias2.Alias(node.anchor);
      }
      createNode(value2, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value2 = replacer.call({ "": value2 }, "", value2);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value2, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value2, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value2, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value2) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value2);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value2);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value2) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value2;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value2);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value2);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent2, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent2 && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep4, value: value2 } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value2,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value2?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value2, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value: value2 } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value2,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value2) {
            if (value2?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value2, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep4, value: value2 } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value2) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep4 && !props.found) {
          const valueNode = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value2))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value2,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value2) {
            if ("source" in value2 && value2.source?.[0] === ":")
              onError(value2, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value2))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines2 = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines2.length;
      for (let i = lines2.length - 1; i >= 0; --i) {
        const content = lines2[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value3 = header.chomp === "+" && lines2.length > 0 ? "\n".repeat(Math.max(1, lines2.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value3, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent2, content] = lines2[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent2.length > trimIndent)
            trimIndent = indent2.length;
        } else {
          if (indent2.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent2.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent2.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent2.length + content.length + 1;
      }
      for (let i = lines2.length - 1; i >= chompStart; --i) {
        if (lines2[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value2 = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value2 += lines2[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent2, content] = lines2[i];
        offset += indent2.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent2.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent2 = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value2 += sep4 + indent2.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent2.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value2 += sep4 + indent2.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value2 += "\n";
          else
            sep4 = "\n";
        } else {
          value2 += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines2.length; ++i)
            value2 += "\n" + lines2[i][0].slice(trimIndent);
          if (value2[value2.length - 1] !== "\n")
            value2 += "\n";
          break;
        default:
          value2 += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value: value2, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict2, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent2 = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent2 && n)
            indent2 = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict2 && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent: indent2, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines2 = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines2.push([split[i], split[i + 1]]);
      return lines2;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict2, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value2;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value2 = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value2 = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value2 = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict2, onError);
      return {
        value: value2,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok2 = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok2 ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value: value2, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value2, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value2, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value2, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value2);
      }
      scalar.range = range;
      scalar.source = value2;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value2, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value2))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value2, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value2)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value2)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias2 = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias2.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value: value2, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value2 ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value2 && (value2.type === "block-map" || value2.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value2 ? composeNode.composeNode(ctx, value2, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict2 = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict2, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict: strict2 } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value2, context) {
      const { implicitKey = false, indent: indent2, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey,
        indent: indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent: indent2, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent: indent2, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
          return { type: "block-scalar", offset, indent: indent2, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent: indent2, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent: indent2, source, end };
        default:
          return { type: "scalar", offset, indent: indent2, source, end };
      }
    }
    function setScalarValue(token, value2, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent2 = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent2 === "number")
        indent2 += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey: implicitKey || indent2 === null,
        indent: indent2 !== null && indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent2 = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent: indent2, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent: indent2, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent2 = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent: indent2, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep4, value: value2 }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value2)
        res += stringifyToken(value2);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP2;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent2 = 0;
          while (ch === " ")
            ch = this.buffer[++indent2 + offset];
          if (ch === "\r") {
            const next = this.buffer[indent2 + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent2 + 1;
          }
          return ch === "\n" || indent2 >= this.indentNext || !ch && !this.atEnd ? offset + indent2 : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent2 = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent2 = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent2 !== -1 && indent2 < this.indentNext && line[0] !== "#" || indent2 === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent2 === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent2 = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent2 += 1;
              break;
            case "\n":
              nl = i2;
              indent2 = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent2 >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent2;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent2 > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser4 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar.end) {
            sep4 = scalar.end;
            sep4.push(this.sourceToken);
            delete scalar.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent2) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent2)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser4;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value2, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent2 = Math.round(options);
        options = indent2 < 1 ? void 0 : indent2 > 8 ? { indent: 8 } : { indent: indent2 };
      }
      if (value2 === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value2) && !_replacer)
        return value2.toString(options);
      return new Document.Document(value2, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias2 = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias2.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/parsers/terraform/catalog/cloudposse-rds.ts
function rds() {
  return `${LABEL}
${variable("engine", "null")}
${variable("engine_version", "null")}
${variable("replicate_source_db", "null")}
${variable("snapshot_identifier", "null")}
${variable("iam_database_authentication_enabled", "false")}
locals {
  is_replica = var.replicate_source_db != null && var.replicate_source_db != ""
}

resource "aws_db_instance" "default" {
  count = local.enabled ? 1 : 0

  engine                              = local.is_replica ? null : var.engine
  engine_version                      = local.is_replica ? null : var.engine_version
  replicate_source_db                 = var.replicate_source_db
  snapshot_identifier                 = var.snapshot_identifier
  iam_database_authentication_enabled = var.iam_database_authentication_enabled
}
`;
}
function rdsCluster() {
  const body = `  engine                              = var.engine
  engine_version                      = var.engine_version
  engine_mode                         = var.engine_mode
  replication_source_identifier       = var.replication_source_identifier
  global_cluster_identifier           = var.global_cluster_identifier
  snapshot_identifier                 = var.snapshot_identifier
  iam_database_authentication_enabled = var.iam_database_authentication_enabled`;
  return `${LABEL}
${variable("cluster_type", '"regional"')}
${variable("engine", '"aurora"')}
${variable("engine_version", '""')}
${variable("engine_mode", '"provisioned"')}
${variable("replication_source_identifier", '""')}
${variable("global_cluster_identifier", '""')}
${variable("snapshot_identifier", "null")}
${variable("iam_database_authentication_enabled", "false")}
resource "aws_rds_cluster" "primary" {
  count = local.enabled && var.cluster_type == "regional" ? 1 : 0

${body}
}

resource "aws_rds_cluster" "secondary" {
  count = local.enabled && var.cluster_type != "regional" ? 1 : 0

${body}
}
`;
}
var variable, LABEL, cloudposseRds, cloudposseRdsCluster;
var init_cloudposse_rds = __esm({
  "src/parsers/terraform/catalog/cloudposse-rds.ts"() {
    "use strict";
    variable = (name, value2) => `variable "${name}" {
  default = ${value2}
}
`;
    LABEL = `${variable("enabled", "null")}
${variable("context", "{\n    enabled = true\n  }")}
locals {
  enabled = var.enabled == null ? lookup(var.context, "enabled", true) : var.enabled
}
`;
    cloudposseRds = {
      source: "cloudposse/rds/aws",
      majors: [0, 1],
      files: () => ({ "": { "main.tf": rds() } })
    };
    cloudposseRdsCluster = {
      source: "cloudposse/rds-cluster/aws",
      majors: [0, 1, 2],
      files: () => ({ "": { "main.tf": rdsCluster() } })
    };
  }
});

// src/parsers/terraform/catalog/terraform-aws-rds-aurora.ts
function main(major) {
  const switchName = major >= 8 ? "create" : "create_cluster";
  const create = major >= 6 ? `var.${switchName} && var.putin_khuylo` : `var.${switchName}`;
  return [
    variable2(switchName, "true"),
    major >= 6 ? variable2("putin_khuylo", "true") : "",
    variable2("name", '""'),
    variable2("engine", "null"),
    variable2("engine_version", "null"),
    variable2("engine_mode", major >= 7 ? '"provisioned"' : "null"),
    variable2("replication_source_identifier", "null"),
    variable2("global_cluster_identifier", "null"),
    variable2("snapshot_identifier", "null"),
    variable2("iam_database_authentication_enabled", major >= 6 ? "null" : "false"),
    `resource "aws_rds_cluster" "this" {
  count = ${create} ? 1 : 0

  cluster_identifier                  = var.name
  engine                              = var.engine
  engine_version                      = var.engine_version
  engine_mode                         = var.engine_mode
  replication_source_identifier       = var.replication_source_identifier
  global_cluster_identifier           = var.global_cluster_identifier
  snapshot_identifier                 = var.snapshot_identifier
  iam_database_authentication_enabled = var.iam_database_authentication_enabled
}
`
  ].join("\n");
}
var variable2, terraformAwsRdsAurora;
var init_terraform_aws_rds_aurora = __esm({
  "src/parsers/terraform/catalog/terraform-aws-rds-aurora.ts"() {
    "use strict";
    variable2 = (name, value2) => `variable "${name}" {
  default = ${value2}
}
`;
    terraformAwsRdsAurora = {
      source: "terraform-aws-modules/rds-aurora/aws",
      majors: [5, 6, 7, 8, 9, 10],
      files: (major) => ({ "": { "main.tf": main(major) } })
    };
  }
});

// src/parsers/terraform/catalog/terraform-aws-rds.ts
function root(major) {
  const create = major >= 4 ? "var.create_db_instance && var.putin_khuylo" : "var.create_db_instance";
  return [
    variable3("create_db_instance", "true"),
    major >= 4 ? variable3("putin_khuylo", "true") : "",
    variable3("identifier", "null"),
    variable3("engine", major === 3 ? '""' : "null"),
    variable3("engine_version", "null"),
    variable3("replicate_source_db", "null"),
    variable3("snapshot_identifier", "null"),
    variable3("iam_database_authentication_enabled", "false"),
    `module "db_instance" {
  source = "./modules/db_instance"

  create                              = ${create}
  identifier                          = var.identifier
  engine                              = var.engine
  engine_version                      = var.engine_version
  replicate_source_db                 = var.replicate_source_db
  snapshot_identifier                 = var.snapshot_identifier
  iam_database_authentication_enabled = var.iam_database_authentication_enabled
}
`
  ].join("\n");
}
function dbInstance(major) {
  const inputs = [
    variable3("create", "true"),
    variable3("identifier", "null"),
    variable3("engine", major === 3 ? '""' : "null"),
    variable3("engine_version", "null"),
    variable3("replicate_source_db", "null"),
    variable3("snapshot_identifier", "null"),
    variable3("iam_database_authentication_enabled", "false")
  ].join("\n");
  if (major <= 3) {
    return `${inputs}
resource "aws_db_instance" "this" {
  count = var.create ? 1 : 0

  identifier                          = var.identifier
  engine                              = var.engine
  engine_version                      = var.engine_version
  replicate_source_db                 = var.replicate_source_db
  snapshot_identifier                 = var.snapshot_identifier
  iam_database_authentication_enabled = var.iam_database_authentication_enabled
}
`;
  }
  return `${inputs}
locals {
  is_replica = var.replicate_source_db != null
}

resource "aws_db_instance" "this" {
  count = var.create ? 1 : 0

  identifier                          = var.identifier
  engine                              = local.is_replica ? null : var.engine
  engine_version                      = ${major === 4 ? "local.is_replica ? null : var.engine_version" : "var.engine_version"}
  replicate_source_db                 = var.replicate_source_db
  snapshot_identifier                 = var.snapshot_identifier
  iam_database_authentication_enabled = var.iam_database_authentication_enabled
}
`;
}
var variable3, terraformAwsRds;
var init_terraform_aws_rds = __esm({
  "src/parsers/terraform/catalog/terraform-aws-rds.ts"() {
    "use strict";
    variable3 = (name, value2) => `variable "${name}" {
  default = ${value2}
}
`;
    terraformAwsRds = {
      source: "terraform-aws-modules/rds/aws",
      majors: [2, 3, 4, 5, 6, 7],
      files: (major) => ({ "": { "main.tf": root(major) }, "modules/db_instance": { "main.tf": dbInstance(major) } })
    };
  }
});

// src/parsers/terraform/catalog/version.ts
function chooseMajor(version, majors) {
  const newest = majors[majors.length - 1];
  if (version === void 0 || version.trim() === "") return { major: newest };
  const range = allowedMajors(version);
  if (!range) return { major: newest, note: `version constraint "${version.slice(0, 60)}" is not understood; judged as ${newest}.x` };
  const allowed = majors.filter((m) => m >= range.lo && m <= range.hi);
  if (allowed.length > 0) return { major: allowed[allowed.length - 1] };
  const wanted = Number.isFinite(range.hi) ? range.hi : range.lo;
  const nearest = majors.reduce((best, m) => Math.abs(m - wanted) < Math.abs(best - wanted) || Math.abs(m - wanted) === Math.abs(best - wanted) && m > best ? m : best, newest);
  return {
    major: nearest,
    note: `version ${version.slice(0, 60)} asks for major version ${wanted}, which iac-lint does not describe (it knows ${majors.map((m) => `${m}.x`).join(", ")}); judged as ${nearest}.x`
  };
}
function allowedMajors(constraint) {
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  for (const part of constraint.split(",")) {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+][\w.-]*)?\s*$/.exec(part);
    if (!m) return void 0;
    const op = m[1] ?? "=";
    const major = Number(m[2]);
    const minor = m[3] === void 0 ? void 0 : Number(m[3]);
    const patch = m[4] === void 0 ? void 0 : Number(m[4]);
    switch (op) {
      case "=":
        lo = Math.max(lo, major);
        hi = Math.min(hi, major);
        break;
      case "~>":
        lo = Math.max(lo, major);
        if (minor !== void 0) hi = Math.min(hi, major);
        break;
      case ">=":
      case ">":
        lo = Math.max(lo, major);
        break;
      case "<=":
        hi = Math.min(hi, major);
        break;
      case "<":
        hi = Math.min(hi, (minor ?? 0) === 0 && (patch ?? 0) === 0 ? major - 1 : major);
        break;
      case "!=":
        break;
    }
  }
  return lo <= hi ? { lo, hi } : void 0;
}
var init_version = __esm({
  "src/parsers/terraform/catalog/version.ts"() {
    "use strict";
  }
});

// src/parsers/terraform/catalog/index.ts
function registryAddress(source) {
  const m = /^(?:registry\.terraform\.io\/|registry\.opentofu\.org\/)?([A-Za-z0-9][\w-]*\/[A-Za-z0-9][\w-]*\/[A-Za-z0-9][\w-]*)(?:\/\/([^?]*))?$/.exec(source.trim());
  if (!m) return void 0;
  return { address: m[1].toLowerCase(), subdir: (m[2] ?? "").replace(/^\/+|\/+$/g, "") };
}
function catalogModule(source, version) {
  const registry2 = registryAddress(source);
  if (!registry2) return void 0;
  const module = BY_SOURCE.get(registry2.address);
  if (!module) return void 0;
  const chosen = chooseMajor(version, module.majors);
  if (registry2.subdir !== "" && !(registry2.subdir in module.files(chosen.major))) return void 0;
  const choice = { source: module.source, subdir: registry2.subdir, major: chosen.major };
  if (chosen.note) choice.note = `module ${module.source}: ${chosen.note}`;
  return choice;
}
function catalogDirectory(choice) {
  return `${CATALOG_ROOT}/${choice.source}/v${choice.major}${choice.subdir ? `/${choice.subdir}` : ""}`;
}
function isCatalogDirectory(dir) {
  return dir === CATALOG_ROOT || dir.startsWith(`${CATALOG_ROOT}/`);
}
function catalogFiles(dir) {
  const m = /^<iac-lint catalog>\/([^/]+\/[^/]+\/[^/]+)\/v(\d+)(?:\/(.+))?$/.exec(dir);
  const module = m ? BY_SOURCE.get(m[1]) : void 0;
  if (!m || !module || !module.majors.includes(Number(m[2]))) return void 0;
  const files = module.files(Number(m[2]))[m[3] ?? ""];
  return files ? Object.entries(files).map(([name, text]) => ({ path: `${dir}/${name}`, text })) : void 0;
}
var CATALOG_ROOT, MODULES, BY_SOURCE;
var init_catalog = __esm({
  "src/parsers/terraform/catalog/index.ts"() {
    "use strict";
    init_cloudposse_rds();
    init_terraform_aws_rds_aurora();
    init_terraform_aws_rds();
    init_version();
    CATALOG_ROOT = "<iac-lint catalog>";
    MODULES = [terraformAwsRds, terraformAwsRdsAurora, cloudposseRds, cloudposseRdsCluster];
    BY_SOURCE = new Map(MODULES.map((m) => [m.source, m]));
  }
});

// src/parsers/terraform/module-sources.ts
import { join as join4, posix } from "node:path";
function isLocalSource(source) {
  return source !== void 0 && /^\.\.?[/\\]/.test(source);
}
function parseModulesManifest(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return void 0;
  }
  const modules = parsed?.Modules;
  if (!Array.isArray(modules)) return void 0;
  const manifest = /* @__PURE__ */ new Map();
  for (const m of modules) {
    if (typeof m?.Key === "string" && m.Key !== "" && typeof m.Dir === "string") manifest.set(m.Key, m.Dir.replace(/\\/g, "/"));
  }
  return manifest;
}
function moduleSource(q) {
  const { source } = q;
  if (source === void 0) return { kind: "not-followed", reason: "its source is not a literal string" };
  if (isLocalSource(source)) {
    const dir = isCatalogDirectory(q.callerDir) ? posix.join(q.callerDir, source) : join4(q.callerDir, source);
    return { kind: "directory", dir, via: isCatalogDirectory(dir) ? "catalog" : "local" };
  }
  const installed = q.manifest?.get(q.key);
  if (installed !== void 0) return { kind: "directory", dir: join4(q.rootDir, installed), via: "manifest" };
  const known = catalogModule(source, q.version);
  if (known) return { kind: "directory", dir: catalogDirectory(known), via: "catalog", ...known.note ? { note: known.note } : {} };
  return {
    kind: "not-followed",
    reason: `source "${shorten(source)}" is not a local path, not installed (${MODULES_MANIFEST} does not list "${shorten(q.key)}"), and not a registry module iac-lint knows; run \`terraform init\` in the root directory so that iac-lint reads it from .terraform/modules`
  };
}
var MODULES_MANIFEST;
var init_module_sources = __esm({
  "src/parsers/terraform/module-sources.ts"() {
    "use strict";
    init_quote();
    init_catalog();
    MODULES_MANIFEST = ".terraform/modules/modules.json";
  }
});

// src/parsers/terraform/hcl/json.ts
function parseHclJson(file, text, lines2, mode) {
  const read = readJson(file, text, lines2);
  const diagnostics = [...read.diagnostics];
  const body = { items: [], range: lines2.range(0, text.length) };
  const result = { body, comments: [], diagnostics };
  if (!read.root) return result;
  const root2 = read.root;
  if (root2.kind !== "map") {
    const message = mode === "arguments" ? "a .tfvars.json file must hold a JSON object" : "a .tf.json file must hold a JSON object";
    diagnostics.push({ file, severity: "error", code: mode === "arguments" ? "tfvars-syntax" : "hcl-syntax", message, range: root2.range });
    return result;
  }
  const values = new JsonValues(file, text, lines2, diagnostics);
  if (mode === "arguments") {
    body.items = attributes(root2, values);
    return result;
  }
  for (const top of root2.entries) {
    const depth = LABELS[top.key];
    if (depth === void 0) continue;
    const work = [{ node: top.value, labels: [], header: top.keyRange }];
    while (work.length > 0) {
      const { node, labels, header } = work.shift();
      if (labels.length < depth) {
        for (const level of node.kind === "seq" ? node.items : [node]) {
          if (level.kind !== "map") continue;
          for (const e of level.entries) work.push({ node: e.value, labels: [...labels, { value: e.key, range: e.keyRange, quoted: true }], header: e.keyRange });
        }
        continue;
      }
      for (const b of node.kind === "seq" ? node.items : [node]) {
        if (b.kind !== "map") continue;
        body.items.push({
          type: "block",
          blockType: top.key,
          typeRange: top.keyRange,
          labels,
          body: { items: attributes(b, values), range: b.range },
          header,
          range: b.range
        });
      }
    }
  }
  return result;
}
function attributes(map, values) {
  return map.entries.filter((e) => e.key !== "//").map((e) => ({ type: "attribute", name: e.key, nameRange: e.keyRange, expression: values.expression(e.value), range: { start: e.keyRange.start, end: e.value.range.end } }));
}
function take(built, node) {
  const e = built.get(node);
  built.delete(node);
  return e;
}
function withRange(template, node) {
  return { ...template, range: node.range };
}
var LABELS, JsonValues;
var init_json = __esm({
  "src/parsers/terraform/hcl/json.ts"() {
    "use strict";
    init_json_reader();
    init_parser();
    LABELS = {
      resource: 2,
      data: 2,
      ephemeral: 2,
      module: 1,
      variable: 1,
      output: 1,
      provider: 1,
      check: 1,
      locals: 0,
      terraform: 0,
      moved: 0,
      import: 0,
      removed: 0
    };
    JsonValues = class {
      constructor(file, text, lines2, diagnostics) {
        this.file = file;
        this.text = text;
        this.lines = lines2;
        this.diagnostics = diagnostics;
      }
      file;
      text;
      lines;
      diagnostics;
      /** The expression of a JSON value, built bottom-up without recursion. */
      expression(root2) {
        const built = /* @__PURE__ */ new Map();
        const work = [{ node: root2, expanded: false }];
        while (work.length > 0) {
          const top = work[work.length - 1];
          const node = top.node;
          if (node.kind === "scalar") {
            work.pop();
            built.set(node, this.scalar(node));
            continue;
          }
          const children = node.kind === "seq" ? node.items : node.entries.map((e) => e.value);
          if (!top.expanded) {
            top.expanded = true;
            for (const child of children) work.push({ node: child, expanded: false });
            continue;
          }
          work.pop();
          if (node.kind === "seq") {
            built.set(node, { type: "tuple", items: node.items.map((n) => take(built, n)), range: node.range });
          } else {
            const items = node.entries.map((e) => ({ key: { type: "literal", value: e.key, range: e.keyRange }, value: take(built, e.value) }));
            built.set(node, { type: "object", items, range: node.range });
          }
        }
        return built.get(root2);
      }
      scalar(node) {
        const v = node.value;
        if (typeof v !== "string") return { type: "literal", value: v, range: node.range };
        if (!v.includes("${") && !v.includes("%{")) {
          return { type: "template", parts: v === "" ? [] : [{ type: "text", value: v.replaceAll("$${", "${").replaceAll("%%{", "%{"), range: node.range }], range: node.range };
        }
        const template = parseBareTemplate(this.file, v, this.positions(node), this.diagnostics);
        if (!template) return { type: "template", parts: [{ type: "text", value: v, range: node.range }], range: node.range };
        return withRange(template, node);
      }
      /** Maps an offset of a string's decoded value to its position in the file. */
      positions(node) {
        const base = node.range.start.offset + 1;
        const rawEnd = node.range.end.offset - 1;
        const raw = this.text.slice(base, rawEnd);
        if (!raw.includes("\\")) return (o) => this.lines.position(base + o);
        const starts = [];
        for (let i = 0; i < raw.length; ) {
          starts.push(i);
          if (raw[i] !== "\\") i++;
          else i += raw[i + 1] === "u" ? 6 : 2;
        }
        starts.push(raw.length);
        return (o) => this.lines.position(base + (starts[Math.min(o, starts.length - 1)] ?? raw.length));
      }
    };
  }
});

// src/parsers/terraform/hcl/index.ts
var init_hcl = __esm({
  "src/parsers/terraform/hcl/index.ts"() {
    "use strict";
    init_parser();
    init_json();
  }
});

// src/parsers/terraform/config-file.ts
function terraformFileKind(path) {
  const p = path.toLowerCase();
  if (p.endsWith(".tf.json")) return "tf.json";
  if (p.endsWith(".tf")) return "tf";
  if (p.endsWith(".tfvars.json")) return "tfvars.json";
  if (p.endsWith(".tfvars")) return "tfvars";
  return void 0;
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function readConfigFile(path, rawText, kind, options = {}) {
  const text = stripBom(rawText);
  const lines2 = new LineIndex(text);
  const json = kind === "tf.json" || kind === "tfvars.json";
  const vars = kind === "tfvars" || kind === "tfvars.json";
  const parsed = json ? parseHclJson(path, text, lines2, vars ? "arguments" : "blocks") : parseHclFile(path, text, lines2, { comments: !options.syntaxOnly });
  const file = { path, kind, text, blocks: [], attributes: [], comments: parsed.comments, diagnostics: parsed.diagnostics };
  if (options.syntaxOnly) return file;
  const source = new SourceText(text, json);
  if (vars) file.attributes = attributeEntries(parsed.body, source);
  else file.blocks = topLevelBlocks(parsed.body, source);
  return file;
}
var init_config_file = __esm({
  "src/parsers/terraform/config-file.ts"() {
    "use strict";
    init_range();
    init_ast_nodes();
    init_hcl();
  }
});

// src/parsers/terraform/index.ts
var terraform_exports = {};
__export(terraform_exports, {
  isOverrideFile: () => isOverrideFile,
  localModuleSources: () => localModuleSources,
  parseTerraformModule: () => parseTerraformModule
});
import { basename as basename3, resolve as resolve7 } from "node:path";
async function parseTerraformModule(dir, files, options = {}) {
  const diagnostics = [];
  const rootDir = await readDirectory(dir, files, options.syntaxOnly);
  diagnostics.push(...rootDir.files.flatMap((f) => f.diagnostics));
  const root2 = instantiate(rootDir, true);
  if (options.values && !options.syntaxOnly) diagnostics.push(...await applyRootValues(root2, options.values));
  const modules = [root2];
  if (!options.readModule) return { modules, diagnostics };
  const manifest = options.modulesManifest === void 0 ? void 0 : parseModulesManifest(options.modulesManifest);
  const cache = /* @__PURE__ */ new Map([[resolve7(dir), rootDir]]);
  const work = [{ parent: root2, depth: 0, chain: [resolve7(dir)] }];
  while (work.length > 0) {
    const { parent, depth, chain } = work.shift();
    for (const call of parent.moduleCalls) {
      const moduleKey = parent.moduleKey ? `${parent.moduleKey}.${call.name}` : call.name;
      const where = moduleSource({ source: call.source, version: call.version, callerDir: parent.dir, key: moduleKey, rootDir: dir, manifest });
      if (where.kind === "not-followed") {
        diagnostics.push(moduleNote(call, `module "${call.name}" is not followed: ${where.reason}`));
        continue;
      }
      const childDir = where.dir;
      const catalog = where.via === "catalog";
      const key = catalog ? childDir : resolve7(childDir);
      const modulePath = `${parent.modulePath ? `${parent.modulePath}.` : ""}module.${call.name}`;
      if (chain.includes(key)) {
        diagnostics.push(moduleNote(call, `module "${call.name}" calls ${shorten(call.source ?? "")}, which is already being read (a cycle); not followed`));
        continue;
      }
      if (depth >= MAX_MODULE_DEPTH2) {
        diagnostics.push(moduleNote(call, `module "${call.name}" is nested more than ${MAX_MODULE_DEPTH2} levels deep; not followed`));
        continue;
      }
      if (where.note && !isCatalogDirectory(parent.dir)) diagnostics.push(versionNote(call, where.note));
      if (!cache.has(key)) {
        const inputs = catalog ? catalogFiles(childDir) : await options.readModule(childDir);
        const configs = inputs?.filter((f) => isConfigFile(f.path));
        if (configs?.length === 0) {
          const hint = where.via === "manifest" ? "run `terraform init` again" : "is the source path right?";
          diagnostics.push(moduleNote(call, `module "${call.name}" is not followed: ${shorten(childDir)} holds no .tf files (${hint})`));
        }
        const parsed2 = configs?.length ? await readDirectory(childDir, configs) : void 0;
        cache.set(key, parsed2);
        if (parsed2) diagnostics.push(...parsed2.files.flatMap((f) => f.diagnostics));
      }
      const parsed = cache.get(key);
      if (!parsed) continue;
      if (modules.length > MAX_MODULE_INSTANCES) {
        diagnostics.push({ ...moduleNote(call, `more than ${MAX_MODULE_INSTANCES} module instances (a module call bomb?); module "${call.name}" and the remaining calls not followed`), severity: "error" });
        return { modules, diagnostics };
      }
      const child = instantiate(parsed, false, modulePath, parent, moduleInputs(call));
      child.moduleKey = moduleKey;
      const reportAt = parent.reportAt ?? (catalog || isInstalled(childDir, dir) ? callSite(call) : void 0);
      if (reportAt) child.reportAt = reportAt;
      if (catalog) child.virtual = true;
      modules.push(child);
      work.push({ parent: child, depth: depth + 1, chain: [...chain, key] });
    }
  }
  return { modules, diagnostics };
}
function localModuleSources(module, cwd = process.cwd()) {
  if (isCatalogDirectory(module.dir)) return [];
  const calls = module.moduleCalls ?? [];
  return calls.filter((c) => isLocalSource(c.source)).map((c) => resolve7(cwd, module.dir, c.source));
}
function isInstalled(dir, rootDir) {
  const under = (d) => /(^|[/\\])\.terraform([/\\]|$)/.test(d);
  return under(dir) && !under(rootDir);
}
function callSite(call) {
  return { name: call.name, file: call.file, header: call.header, arguments: call.body.entries.filter((e) => !MODULE_META_ARGUMENTS.has(e.key)) };
}
function versionNote(call, message) {
  const version = getEntry(call.body, "version");
  return { file: call.file, severity: "note", code: "module-version-approximated", message, range: version ? { start: version.keyRange.start, end: version.value.range.end } : call.header };
}
function isConfigFile(path) {
  const kind = terraformFileKind(path);
  return kind === "tf" || kind === "tf.json";
}
function moduleNote(call, message) {
  return { file: call.file, severity: "note", code: "module-not-followed", message, range: call.header };
}
async function readDirectory(dir, inputs, syntaxOnly = false) {
  const files = [];
  for (const input2 of [...inputs].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
    const kind = terraformFileKind(input2.path);
    if (!kind) continue;
    if ((kind === "tfvars" || kind === "tfvars.json") && tfvarsOrder(input2.path) === void 0) continue;
    files.push(readConfigFile(input2.path, input2.text, kind, { syntaxOnly }));
  }
  return { dir, files };
}
function tfvarsOrder(path) {
  const name = basename3(path);
  if (name === "terraform.tfvars") return "0";
  if (name === "terraform.tfvars.json") return "1";
  if (/\.auto\.tfvars(\.json)?$/.test(name)) return `2${name}`;
  return void 0;
}
async function applyRootValues(root2, values) {
  const diagnostics = [];
  for (const input2 of values.varFiles) {
    const kind = terraformFileKind(input2.path) === "tfvars.json" || input2.path.toLowerCase().endsWith(".json") ? "tfvars.json" : "tfvars";
    const file = await readConfigFile(input2.path, input2.text, kind);
    root2.texts.set(input2.path, file.text);
    diagnostics.push(...file.diagnostics);
    for (const e of file.attributes) root2.tfvars.set(e.key, { value: e.value, file: input2.path });
  }
  const at = { line: 1, column: 1, offset: 0 };
  for (const { name, value: value2 } of values.vars) {
    root2.tfvars.set(name, { value: { kind: "scalar", value: value2, range: { start: at, end: at } }, file: "--var" });
  }
  return diagnostics;
}
function moduleInputs(call) {
  const inputs = /* @__PURE__ */ new Map();
  for (const e of call.body.entries) {
    if (!MODULE_META_ARGUMENTS.has(e.key)) inputs.set(e.key, { value: e.value, file: call.file });
  }
  return inputs;
}
function instantiate(parsed, isRoot, modulePath, parent, inputs) {
  const module = {
    format: "terraform",
    dir: parsed.dir,
    files: /* @__PURE__ */ new Map(),
    comments: /* @__PURE__ */ new Map(),
    texts: /* @__PURE__ */ new Map(),
    variables: /* @__PURE__ */ new Map(),
    locals: /* @__PURE__ */ new Map(),
    tfvars: /* @__PURE__ */ new Map(),
    resources: [],
    moduleCalls: []
  };
  if (modulePath) module.modulePath = modulePath;
  if (inputs) module.moduleInputs = inputs;
  if (parent) module.parent = parent;
  const prefix = modulePath ? `${modulePath}.` : "";
  for (const file of parsed.files) module.texts.set(file.path, file.text);
  const configs = parsed.files.filter((f) => f.kind === "tf" || f.kind === "tf.json");
  const ordered = [...configs.filter((f) => !isOverrideFile(f.path)), ...configs.filter((f) => isOverrideFile(f.path))];
  for (const file of ordered) {
    module.files.set(file.path, file.text);
    module.comments.set(file.path, file.comments);
    const override = isOverrideFile(file.path);
    for (const block of file.blocks) {
      const [first, second] = block.labels;
      if (isRootMarker(block)) module.declaresRoot = true;
      if (override && overrideBlock(module, prefix, block, file.path)) continue;
      if (block.type === "resource" && first !== void 0 && second !== void 0) {
        const resource = {
          format: "terraform",
          type: first,
          name: `${prefix}${first}.${second}`,
          file: file.path,
          range: block.header,
          extent: block.extent,
          properties: block.body,
          template: module
        };
        const meta = ["count", "for_each"].find((k) => getEntry(block.body, k));
        if (meta) resource.conditional = meta;
        module.resources.push(resource);
      } else if (block.type === "variable" && first !== void 0) {
        const variable4 = { name: first, file: file.path, range: block.header };
        const def = getEntry(block.body, "default");
        if (def) variable4.default = def.value;
        module.variables.set(first, variable4);
      } else if (block.type === "locals") {
        for (const e of block.body.entries) module.locals.set(e.key, { value: e.value, file: file.path });
      } else if (block.type === "module" && first !== void 0) {
        module.moduleCalls.push(moduleCall(first, file.path, block.header, block.body));
      }
    }
  }
  if (isRoot) {
    const tfvarsFiles = parsed.files.filter((f) => f.kind === "tfvars" || f.kind === "tfvars.json").sort((a, b) => tfvarsOrder(a.path) < tfvarsOrder(b.path) ? -1 : 1);
    for (const file of tfvarsFiles) {
      for (const e of file.attributes) module.tfvars.set(e.key, { value: e.value, file: file.path });
    }
  }
  return module;
}
function isOverrideFile(path) {
  return /(^|[/\\_])override\.tf(\.json)?$/i.test(path);
}
function isRootMarker(block) {
  return block.type === "provider" || block.type === "terraform" && (getEntry(block.body, "backend") !== void 0 || getEntry(block.body, "cloud") !== void 0);
}
function overrideBlock(module, prefix, block, file) {
  const [first, second] = block.labels;
  if (block.type === "resource" && first !== void 0 && second !== void 0) {
    const resource = module.resources.find((r) => r.name === `${prefix}${first}.${second}`);
    if (!resource) return false;
    resource.properties = mergeBodies(resource.properties, block.body);
    (resource.overrides ??= []).push({ file, entries: block.body.entries });
    const meta = ["count", "for_each"].find((k) => getEntry(resource.properties, k));
    if (meta) resource.conditional = meta;
    return true;
  }
  if (block.type === "variable" && first !== void 0) {
    const variable4 = module.variables.get(first);
    if (!variable4) return false;
    const def = getEntry(block.body, "default");
    if (def) variable4.default = def.value;
    return true;
  }
  if (block.type === "locals") {
    for (const e of block.body.entries) module.locals.set(e.key, { value: e.value, file });
    return true;
  }
  if (block.type === "module" && first !== void 0) {
    const i = module.moduleCalls.findIndex((c) => c.name === first);
    if (i < 0) return false;
    const call = module.moduleCalls[i];
    module.moduleCalls[i] = moduleCall(first, call.file, call.header, mergeBodies(call.body, block.body));
    return true;
  }
  return false;
}
function mergeBodies(original, override) {
  const replaced = new Set(override.entries.map((e) => e.key));
  return { ...original, entries: [...original.entries.filter((e) => !replaced.has(e.key)), ...override.entries] };
}
function moduleCall(name, file, header, body) {
  const source = getEntry(body, "source")?.value;
  const version = getEntry(body, "version")?.value;
  const call = { name, file, header, body };
  if (source?.kind === "scalar" && typeof source.value === "string") call.source = source.value;
  if (version?.kind === "scalar" && typeof version.value === "string") call.version = version.value;
  return call;
}
var MAX_MODULE_DEPTH2, MAX_MODULE_INSTANCES, MODULE_META_ARGUMENTS;
var init_terraform = __esm({
  "src/parsers/terraform/index.ts"() {
    "use strict";
    init_node();
    init_quote();
    init_catalog();
    init_config_file();
    init_module_sources();
    MAX_MODULE_DEPTH2 = 8;
    MAX_MODULE_INSTANCES = 1e3;
    MODULE_META_ARGUMENTS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
  }
});

// src/action/run.ts
import { mkdir } from "node:fs/promises";
import { dirname as dirname10, resolve as resolve17 } from "node:path";

// src/model/finding.ts
function levelOf(severity) {
  return severity === "low" ? "note" : severity === "medium" ? "warning" : "error";
}
var SEVERITY_ORDER = ["low", "medium", "high", "critical"];

// src/model/diagnostic.ts
var SKIPPED_INPUT_CODES = /* @__PURE__ */ new Set(["file-too-large", "binary-file"]);
function isInputProblem(d) {
  return d.severity === "error" || SKIPPED_INPUT_CODES.has(d.code);
}

// src/cli/exit-code.ts
var FAIL_ON_CHOICES = ["any", "none", "low", "medium", "high", "critical", "note", "warning", "error"];
function parseFailOn(value2) {
  switch (value2) {
    case "note":
      return "low";
    case "warning":
      return "medium";
    case "error":
      return "high";
    default:
      return value2;
  }
}
function failingFindings(result, failOn) {
  if (failOn === "none") return [];
  const threshold = failOn === "any" ? 0 : SEVERITY_ORDER.indexOf(failOn);
  return result.findings.filter((f) => !f.suppression && SEVERITY_ORDER.indexOf(f.severity) >= threshold);
}
function exitCode(result, policy) {
  const { failOn, softFail } = typeof policy === "string" ? { failOn: policy, softFail: false } : policy;
  if (softFail) return 0;
  if (result.diagnostics.some(isInputProblem)) return 2;
  return failingFindings(result, failOn).length > 0 ? 1 : 0;
}

// package.json
var package_default = {
  name: "iac-lint",
  version: "0.1.0",
  description: "Precise static policy linter for CloudFormation and Terraform",
  type: "module",
  license: "Apache-2.0",
  engines: {
    node: ">=20"
  },
  bin: {
    "iac-lint": "bin/iac-lint.js"
  },
  scripts: {
    build: "node scripts/build.mjs",
    test: "tsc --noEmit -p . && vitest run",
    typecheck: "tsc --noEmit -p .",
    bench: "node bench/run.mjs",
    prepare: "node scripts/build.mjs",
    "build:action": "node scripts/build-action.mjs"
  },
  dependencies: {
    "fast-glob": "^3.3.3",
    "write-file-atomic": "^7.0.1",
    yaml: "^2.9.1",
    yargs: "^18.2.0",
    "yargs-parser": "^22.0.0"
  },
  devDependencies: {
    "@cdktn/hcl2json": "^0.24.0",
    "@types/js-yaml": "^3.12.10",
    "@types/node": "^26.6.6",
    "@types/sarif": "^2.1.7",
    "@types/write-file-atomic": "^4.0.3",
    "@types/yargs": "^17.0.35",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "cloudformation-js-yaml-schema": "^0.4.2",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    "js-yaml": "^3.15.2",
    typescript: "^7.0.2",
    vitest: "^4.1.12",
    "xmllint-wasm": "^5.3.0"
  },
  files: [
    "bin/",
    "dist/",
    "!dist/action/",
    "rules/",
    "schemas/",
    "README.md",
    "LICENSE"
  ]
};

// src/cli/version.ts
var VERSION = package_default.version;

// src/cli/write-output.ts
import { constants } from "node:fs";
import { lstat, open, readlink, realpath, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
var OutputTargetError = class extends Error {
};
var MAX_LINKS = 40;
async function outputTargetOf(file) {
  const ownStream = /^\/(dev|proc\/self|proc\/\d+)\/(stdout|stderr|fd\/\d+)$/.test(file) || /^\/proc\/(self|\d+)\/fd\/\d+$/.test(file);
  let path = file;
  for (let hops = 0; ; hops++) {
    const link = await lstat(path).catch(() => void 0);
    if (!link?.isSymbolicLink()) break;
    if (hops >= MAX_LINKS) throw Object.assign(new Error("too many levels of symbolic links"), { code: "ELOOP" });
    path = resolve(dirname(path), await readlink(path));
  }
  path = await realpath(path).catch(() => path);
  const target = await stat(path).catch(() => void 0);
  if (target?.isDirectory()) throw new OutputTargetError("is a directory; name a file");
  if (target && !target.isFile()) return { kind: "in-place", path, append: false };
  if (ownStream) return { kind: "in-place", path: file, append: true };
  return { kind: "atomic", path };
}
async function writeOutputFile(file, content, options = {}) {
  const target = await outputTargetOf(file);
  if (target.kind === "in-place") {
    const handle = await open(target.path, target.append ? constants.O_WRONLY | constants.O_APPEND : constants.O_WRONLY);
    try {
      await handle.writeFile(content, "utf8");
    } finally {
      await handle.close();
    }
    return;
  }
  const { default: writeFileAtomic } = await Promise.resolve().then(() => __toESM(require_lib(), 1));
  await writeFileAtomic(target.path, content, {
    encoding: "utf8",
    ...options.onTemporaryFile ? { tmpfileCreated: options.onTemporaryFile } : {}
  });
}

// src/discover/boundary.ts
import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname as dirname2, join, resolve as resolve2, sep as sep2 } from "node:path";

// src/discover/paths.ts
import { isAbsolute, relative, sep } from "node:path";
function relativePath(cwd, abs) {
  const rel = relative(cwd, abs);
  return sep === "/" ? rel : rel.split(sep).join("/");
}
function isInside(rel) {
  return !isAbsolute(rel) && rel !== ".." && !rel.startsWith("../");
}
function dirOf(rel) {
  const i = rel.lastIndexOf("/");
  return i < 0 ? "." : rel.slice(0, i) || "/";
}
function joinRel(dir, name) {
  return dir === "." || dir === "" ? name : `${dir}/${name}`;
}
function comparePaths(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/discover/boundary.ts
function repositoryBoundary(paths, cwd) {
  const roots = /* @__PURE__ */ new Set();
  for (const given of paths.length > 0 ? paths : ["."]) {
    const abs = resolve2(cwd, given);
    const root2 = gitWorkTree(abs) ?? (isInside(relativePath(cwd, abs)) ? cwd : directoryOf(abs));
    roots.add(real(root2) ?? resolve2(root2));
  }
  return { roots: [...roots] };
}
function isWithin(boundary, abs) {
  const target = realOrParent(abs);
  return boundary.roots.some((root2) => target === root2 || target.startsWith(root2.endsWith(sep2) ? root2 : `${root2}${sep2}`));
}
function refusal(boundary, abs, shown2, what = "file") {
  if (isWithin(boundary, abs)) return void 0;
  return {
    file: shown2,
    severity: "warning",
    code: "outside-repository",
    message: `not read: this ${what} lies outside the repository root (through a symbolic link or a '../' path); iac-lint reads nothing outside the repository`
  };
}
function gitWorkTree(abs) {
  let dir = abs;
  for (; ; ) {
    if (existsSync(join(dir, ".git"))) return dir;
    const up = dirname2(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
function directoryOf(abs) {
  try {
    return statSync(abs).isDirectory() ? abs : dirname2(abs);
  } catch {
    return dirname2(abs);
  }
}
function real(abs) {
  try {
    return realpathSync(abs);
  } catch {
    return void 0;
  }
}
function realOrParent(abs) {
  let dir = resolve2(abs);
  const rest = [];
  for (; ; ) {
    const r = real(dir);
    if (r !== void 0) return rest.length > 0 ? join(r, ...rest.reverse()) : r;
    const up = dirname2(dir);
    if (up === dir) return resolve2(abs);
    rest.push(dir.slice(up.length + (up.endsWith(sep2) ? 0 : 1)));
    dir = up;
  }
}

// src/lint/run.ts
import { statSync as statSync3 } from "node:fs";
import { resolve as resolve13 } from "node:path";

// src/engine/registry.ts
function createRegistry(rules) {
  const sorted = [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const ids = sorted.map((r) => r.meta.id.toUpperCase());
  if (new Set(ids).size !== ids.length) throw new Error(`duplicate rule ids: ${ids.join(", ")}`);
  return {
    rules: sorted,
    select(only, skip) {
      const want = only && only.length > 0 ? new Set(only.map((id) => id.toUpperCase())) : void 0;
      const drop = new Set((skip ?? []).map((id) => id.toUpperCase()));
      return sorted.filter((r) => {
        const id = r.meta.id.toUpperCase();
        return (!want || want.has(id)) && !drop.has(id);
      });
    },
    unknownIds: (list2) => list2.filter((id) => !ids.includes(id.toUpperCase())),
    find: (id) => sorted.find((r) => r.meta.id.toUpperCase() === id.toUpperCase())
  };
}

// src/model/setting.ts
init_quote();

// src/model/value.ts
function asBoolean(value2) {
  if (typeof value2 === "boolean") return value2;
  if (typeof value2 === "string") {
    const v = value2.trim().toLowerCase();
    if (v === "true") return true;
    if (v === "false") return false;
  }
  return void 0;
}

// src/model/setting.ts
function enablement(setting) {
  if (setting.values.length === 0) return { state: "unknown", reason: "no possible value" };
  let sawTrue = false;
  let unknownReason;
  let firstFalse;
  let firstAbsent;
  for (const v of setting.values) {
    if (v.source === "absent") firstAbsent ??= v;
    else if (v.source === "unknown") unknownReason ??= v.reason;
    else {
      const b = asBoolean(v.value);
      if (b === true) sawTrue = true;
      else if (b === false) firstFalse ??= v;
      else unknownReason ??= `${quote(v.value)} is not a boolean`;
    }
  }
  const onlyBad = !sawTrue && unknownReason === void 0;
  if (firstFalse) return { state: onlyBad && !firstAbsent ? "false" : "mayBeFalse", value: firstFalse };
  if (firstAbsent) return { state: onlyBad ? "notSet" : "mayBeUnset", value: firstAbsent };
  if (unknownReason !== void 0) return { state: "unknown", reason: unknownReason };
  return { state: "enabled" };
}

// src/parsers/terraform/plan.ts
init_node();
init_range();
init_json_reader();
import { dirname as dirname3 } from "node:path";
var MAX_MODULE_DEPTH = 64;
function isPlanModule(template) {
  return template.format === "terraform" && "plan" in template;
}
function looksLikeTerraformPlan(text) {
  return /^\uFEFF?\s*\{/.test(text) && text.includes('"format_version"') && (text.includes('"planned_values"') || text.includes('"resource_changes"'));
}
function parseTerraformPlan(file, text) {
  const source = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const index = new LineIndex(source);
  const read = readJson(file, source, index);
  if (!read.root) return { diagnostics: read.diagnostics, isPlan: looksLikeTerraformPlan(source) };
  const root2 = read.root;
  if (root2.kind !== "map" || !getEntry(root2, "format_version") || !(getEntry(root2, "planned_values") || getEntry(root2, "resource_changes"))) {
    return { diagnostics: [], isPlan: false };
  }
  const reader = new PlanReader(file, read.diagnostics);
  const module = {
    format: "terraform",
    dir: dirname3(file),
    files: /* @__PURE__ */ new Map([[file, source]]),
    variables: /* @__PURE__ */ new Map(),
    locals: /* @__PURE__ */ new Map(),
    tfvars: /* @__PURE__ */ new Map(),
    resources: [],
    plan: { file, unknown: reader.unknown }
  };
  reader.read(root2, module);
  return { module, diagnostics: reader.diagnostics, isPlan: true };
}
var PlanReader = class {
  constructor(file, diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }
  file;
  diagnostics;
  unknown = /* @__PURE__ */ new Set();
  read(root2, module) {
    const changes = this.changes(root2);
    const seen = /* @__PURE__ */ new Set();
    const planned = getEntry(root2, "planned_values");
    if (planned) {
      const rootModule = this.map(planned.value, "planned_values") && getEntry(planned.value, "root_module");
      if (rootModule) this.modules(rootModule.value, "planned_values.root_module", (node, place) => this.resource(node, place, changes, module, seen, "values"));
    }
    const list2 = getEntry(root2, "resource_changes");
    if (list2?.value.kind === "seq") {
      list2.value.items.forEach((node, i) => this.resource(node, `resource_changes[${i}]`, changes, module, seen, "change"));
    }
  }
  /** resource_changes by address. */
  changes(root2) {
    const out = /* @__PURE__ */ new Map();
    const list2 = getEntry(root2, "resource_changes");
    if (!list2) return out;
    if (list2.value.kind !== "seq") {
      this.shape(list2.value, "resource_changes must be a list");
      return out;
    }
    list2.value.items.forEach((item, i) => {
      if (item.kind !== "map") return this.shape(item, `resource_changes[${i}] must be an object`);
      const address = scalarString(getEntry(item, "address")?.value);
      const change = getEntry(item, "change")?.value;
      if (address === void 0 || change?.kind !== "map") return;
      const actions = getEntry(change, "actions")?.value;
      const entry = { actions: actions?.kind === "seq" ? actions.items.map(scalarString).filter((a) => a !== void 0) : [] };
      const after = getEntry(change, "after")?.value;
      if (after?.kind === "map") entry.after = after;
      const afterUnknown = getEntry(change, "after_unknown")?.value;
      if (afterUnknown?.kind === "map") entry.afterUnknown = afterUnknown;
      out.set(address, entry);
    });
    return out;
  }
  /** Walks a module and its child_modules (iteratively), calling `visit` for each resource node. */
  modules(node, place, visit) {
    const work = [{ node, place, depth: 0 }];
    while (work.length > 0) {
      const { node: m, place: where, depth } = work.pop();
      if (!this.map(m, where)) continue;
      const resources = getEntry(m, "resources");
      if (resources) {
        if (resources.value.kind !== "seq") this.shape(resources.value, `${where}.resources must be a list`);
        else resources.value.items.forEach((r, i) => visit(r, `${where}.resources[${i}]`));
      }
      const children = getEntry(m, "child_modules");
      if (!children) continue;
      if (children.value.kind !== "seq") {
        this.shape(children.value, `${where}.child_modules must be a list`);
        continue;
      }
      if (depth >= MAX_MODULE_DEPTH) {
        this.diagnostics.push({ file: this.file, severity: "warning", code: "plan-too-deep", message: `${where}: child modules nested more than ${MAX_MODULE_DEPTH} levels deep are not read`, range: children.keyRange });
        continue;
      }
      for (let i = children.value.items.length - 1; i >= 0; i--) work.push({ node: children.value.items[i], place: `${where}.child_modules[${i}]`, depth: depth + 1 });
    }
  }
  resource(node, place, changes, module, seen, from) {
    if (!this.map(node, place)) return;
    const addressEntry = getEntry(node, "address");
    const address = scalarString(addressEntry?.value);
    const type = scalarString(getEntry(node, "type")?.value);
    if (!addressEntry || address === void 0 || type === void 0) return this.shape(node, `${place} has no "address" and "type"`);
    if (seen.has(address)) return;
    const mode = scalarString(getEntry(node, "mode")?.value) ?? "managed";
    if (mode !== "managed") return;
    const change = changes.get(address);
    if (change && change.actions.length > 0 && change.actions.every((a) => a === "delete")) return;
    let values;
    if (from === "values") values = getEntry(node, "values")?.value;
    else {
      if (!change?.after) return;
      values = change.after;
    }
    if (values !== void 0 && values.kind !== "map") return this.shape(values, `${place}.values must be an object`);
    seen.add(address);
    const range = { start: addressEntry.keyRange.start, end: addressEntry.value.range.end };
    const resource = {
      format: "terraform",
      type,
      name: address,
      file: this.file,
      range,
      extent: node.range,
      properties: this.properties(values, change?.afterUnknown, node.range),
      template: module
    };
    module.resources.push(resource);
  }
  /** The planned values without nulls (absent), plus an entry for each attribute the plan marks unknown. */
  properties(values, afterUnknown, at) {
    const entries = (values?.entries ?? []).filter((e) => !(e.value.kind === "scalar" && e.value.value === null)).map((e) => ({ ...e }));
    if (afterUnknown) {
      for (const u of afterUnknown.entries) {
        const existing = entries.find((e) => e.key === u.key);
        if (u.value.kind === "scalar" && u.value.value === true) {
          const node = { kind: "scalar", value: null, range: u.value.range };
          this.unknown.add(node);
          if (existing) existing.value = node;
          else entries.push({ key: u.key, keyRange: u.keyRange, value: node });
        } else if (existing) this.markUnknown(existing.value, u.value);
      }
    }
    return { kind: "map", entries, range: values?.range ?? at };
  }
  /** Marks the nodes inside `value` that `marks` (the matching after_unknown part) flags `true`. */
  markUnknown(value2, marks) {
    const work = [[value2, marks]];
    while (work.length > 0) {
      const [v, m] = work.pop();
      if (m.kind === "scalar") {
        if (m.value === true) this.unknown.add(v);
      } else if (m.kind === "map" && v.kind === "map") {
        for (const e of m.entries) {
          const inner = getEntry(v, e.key);
          if (inner) work.push([inner.value, e.value]);
        }
      } else if (m.kind === "seq" && v.kind === "seq") {
        m.items.forEach((item, i) => {
          const inner = v.items[i];
          if (inner) work.push([inner, item]);
        });
      }
    }
  }
  map(node, place) {
    if (node.kind === "map") return true;
    this.shape(node, `${place} must be an object`);
    return false;
  }
  shape(node, message) {
    this.diagnostics.push({ file: this.file, severity: "error", code: "plan-shape", message: `Terraform plan: ${message}`, range: node.range });
  }
};
function scalarString(node) {
  return node?.kind === "scalar" && typeof node.value === "string" ? node.value : void 0;
}

// src/resolve/cloudformation.ts
init_node();
init_quote();

// src/resolve/cloudformation-index.ts
function intrinsic(node) {
  if (node.kind !== "map" || node.entries.length !== 1) return void 0;
  const e = node.entries[0];
  return e.key === "Ref" || e.key === "Condition" || e.key.startsWith("Fn::") ? { name: e.key, arg: e.value } : void 0;
}
function logicalIdOf(resource) {
  return resource.logicalId ?? resource.name;
}
var byLogicalId = /* @__PURE__ */ new WeakMap();
function resourceByLogicalId(template, id) {
  let index = byLogicalId.get(template);
  if (!index || index.size !== template.resources.length) {
    index = new Map(template.resources.map((r) => [logicalIdOf(r), r]));
    byLogicalId.set(template, index);
  }
  return index.get(id);
}
var entriesOf = /* @__PURE__ */ new WeakMap();
function mappingEntries(map) {
  let index = entriesOf.get(map);
  if (!index) {
    index = new Map(map.entries.map((e) => [e.key, e]));
    entriesOf.set(map, index);
  }
  return index;
}

// src/resolve/cloudformation.ts
var MAX_DEPTH = 32;
var MAX_POSSIBILITIES = 64;
var MAX_STEPS = 1e4;
var cloudFormationResolver = {
  resolve(resource, node) {
    if (!node) return [{ kind: "absent", provenance: [] }];
    return new Evaluator().node(templateOf(resource), node, 0).map(toPossibility);
  },
  referencedResources(resource, node) {
    return referencedResourcesOf(templateOf(resource), node);
  }
};
function templateOf(resource) {
  return resource.template;
}
function toPossibility(v) {
  const { given: _given, ...p } = v;
  return p;
}
function withStep(step, vals) {
  return vals.map((v) => ({ ...v, provenance: [step, ...v.provenance] }));
}
function unknown(reason, node) {
  return { kind: "unknown", reason, provenance: [], node, given: false };
}
var UNDECIDED = { value: void 0, why: [] };
var tables = /* @__PURE__ */ new WeakMap();
function conditionTable(template) {
  let table = tables.get(template);
  if (table) return table;
  table = { decisions: /* @__PURE__ */ new Map(), cycles: [], cycleOf: /* @__PURE__ */ new Map() };
  tables.set(template, table);
  for (const name of dependencyOrder(template, table)) {
    table.decisions.set(name, new Evaluator().condition(template, template.conditions.get(name), 0));
  }
  return table;
}
function conditionRefs(body) {
  const out = [];
  const stack = [body];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n.kind === "scalar") continue;
    if (n.kind === "seq") {
      stack.push(...n.items);
      continue;
    }
    const fn = intrinsic(n);
    if (fn?.name === "Condition" && fn.arg.kind === "scalar" && typeof fn.arg.value === "string") out.push(fn.arg.value);
    else for (const e of n.entries) stack.push(e.value);
  }
  return out;
}
function dependencyOrder(template, table) {
  const order = [];
  const state = /* @__PURE__ */ new Map();
  for (const start of template.conditions.keys()) {
    if (state.has(start)) continue;
    const path = [start];
    const pending = [conditionRefs(template.conditions.get(start))];
    state.set(start, "open");
    while (path.length > 0) {
      const next = pending[pending.length - 1].pop();
      if (next === void 0) {
        const done = path.pop();
        pending.pop();
        state.set(done, "done");
        order.push(done);
        continue;
      }
      if (!template.conditions.has(next) || state.get(next) === "done") continue;
      if (state.get(next) === "open") {
        const cycle = [...path.slice(path.indexOf(next)), next];
        table.cycles.push(cycle);
        for (const name of cycle) if (!table.cycleOf.has(name)) table.cycleOf.set(name, cycle);
        continue;
      }
      state.set(next, "open");
      path.push(next);
      pending.push(conditionRefs(template.conditions.get(next)));
    }
  }
  return order;
}
var Evaluator = class {
  steps = 0;
  node(template, node, depth) {
    if (depth > MAX_DEPTH) return [unknown("the value nests too deeply (or refers to itself)", node)];
    if (++this.steps > MAX_STEPS) return [unknown(`resolving the value takes more than ${MAX_STEPS} steps`, node)];
    if (node.kind === "scalar") {
      if (node.tag) return [unknown(`unknown tag ${node.tag}`, node)];
      if (node.value === null) return [{ kind: "absent", provenance: ["set to null"], node, given: true }];
      return [{ kind: "value", value: node.value, provenance: [], node, given: true }];
    }
    if (node.kind === "seq") return [unknown("a list, not a single value", node)];
    const fn = intrinsic(node);
    if (!fn) return [unknown(node.tag ? `unknown tag ${node.tag}` : "a mapping, not a single value", node)];
    switch (fn.name) {
      case "Ref":
        return this.ref(template, fn.arg, node, depth);
      case "Fn::If":
        return this.if(template, fn.arg, node, depth);
      case "Fn::FindInMap":
        return this.findInMap(template, fn.arg, node, depth);
      default:
        return [unknown(`${fn.name} is not evaluated`, node)];
    }
  }
  ref(template, arg, node, depth) {
    if (arg.kind !== "scalar" || typeof arg.value !== "string") return [unknown("Ref to something that is not a name", node)];
    const name = arg.value;
    if (name === "AWS::NoValue") return [{ kind: "absent", provenance: ["Ref AWS::NoValue"], node, given: true }];
    if (name.startsWith("AWS::")) return [unknown(`pseudo parameter ${name} is known only at deployment`, node)];
    const parameter = template.parameters.get(name);
    if (parameter) return this.parameter(template, name, parameter, node, depth);
    if (resourceByLogicalId(template, name)) return [unknown(`Ref to resource ${name}`, node)];
    return [unknown(`Ref to ${name}, which is not defined in the template`, node)];
  }
  parameter(template, name, parameter, node, depth) {
    const type = get(parameter, "Type");
    if (type?.kind === "scalar" && typeof type.value === "string" && type.value.trim().startsWith("AWS::SSM::Parameter::Value<")) {
      return [unknown(`parameter ${name} is read from Systems Manager at deployment`, node)];
    }
    const given = template.given?.get(name);
    if (given?.kind === "value") {
      return [{ kind: "value", value: given.value, provenance: [`parameter ${name} = ${quote(given.value)} from ${given.source}`], node, given: true }];
    }
    if (given?.kind === "parent") {
      const step = `parameter ${name} from stack ${given.stack} in ${given.template.file}`;
      const vals = this.node(given.template, given.node, depth + 1);
      return vals.map((v) => ({
        ...v,
        provenance: v.kind === "value" && v.provenance.length === 0 ? [`parameter ${name} = ${quote(v.value)} from stack ${given.stack} in ${given.template.file}`] : [step, ...v.provenance]
      }));
    }
    const defaultValue = get(parameter, "Default");
    if (defaultValue) {
      if (defaultValue.kind !== "scalar" || defaultValue.tag) return [unknown(`parameter ${name} has a Default that is not a literal`, node)];
      return [{ kind: "value", value: defaultValue.value, provenance: [`parameter ${name} defaults to ${quote(defaultValue.value)}`], node: defaultValue, given: false }];
    }
    const allowed = get(parameter, "AllowedValues");
    if (allowed?.kind === "seq" && allowed.items.length > 0) {
      return distinct(
        allowed.items.map((item) => {
          if (item.kind !== "scalar" || item.tag) return unknown(`parameter ${name} allows a value that is not a literal`, node);
          return { kind: "value", value: item.value, provenance: [`parameter ${name} allows ${quote(item.value)}`], node: item, given: false };
        }),
        node
      );
    }
    return [unknown(`parameter ${name} has no Default or AllowedValues: its value is given at deployment`, node)];
  }
  if(template, arg, node, depth) {
    if (arg.kind !== "seq" || arg.items.length !== 3) return [unknown("Fn::If without [condition, value if true, value if false]", node)];
    const [condition, whenTrue, whenFalse] = arg.items;
    const name = condition.kind === "scalar" ? String(condition.value) : "?";
    const decision = condition.kind === "scalar" && typeof condition.value === "string" ? this.decide(template, condition.value) : UNDECIDED;
    if (decision.value !== void 0) {
      const why = decision.why.length > 0 ? ` (${decision.why.join(", ")})` : "";
      const branch = decision.value ? whenTrue : whenFalse;
      return withStep(`condition ${name} is ${decision.value}${why}`, this.node(template, branch, depth + 1));
    }
    return distinct(
      [
        ...withStep(`Fn::If on condition ${name} (true branch)`, this.node(template, whenTrue, depth + 1)),
        ...withStep(`Fn::If on condition ${name} (false branch)`, this.node(template, whenFalse, depth + 1))
      ].map((v) => ({ ...v, given: false })),
      node
    );
  }
  findInMap(template, arg, node, depth) {
    if (arg.kind !== "seq" || arg.items.length < 3) return [unknown("Fn::FindInMap without [map, top-level key, second-level key]", node)];
    const [mapArg, topArg, secondArg] = arg.items;
    const mapName = mapArg.kind === "scalar" && typeof mapArg.value === "string" ? mapArg.value : void 0;
    const mapping = mapName === void 0 ? void 0 : template.mappings.get(mapName);
    if (!mapping || mapName === void 0) return [unknown(mapName ? `mapping ${mapName} is not defined` : "Fn::FindInMap on a computed mapping name", node)];
    const tops = this.keyChoices(template, topArg, depth);
    const seconds = this.keyChoices(template, secondArg, depth);
    const out = [];
    for (const [top, topChoice] of pick(mappingEntries(mapping), tops)) {
      if (top.value.kind !== "map") continue;
      for (const [second, secondChoice] of pick(mappingEntries(top.value), seconds)) {
        const step = `mapping ${mapName}[${top.key}][${second.key}]`;
        const given = topChoice.given && secondChoice.given;
        for (const v of withStep(step, this.node(template, second.value, depth + 1))) {
          out.push({ ...v, given: given && v.given, provenance: [...topChoice.provenance, ...secondChoice.provenance, ...v.provenance] });
        }
        if (out.length > MAX_POSSIBILITIES) return distinct(out, node);
      }
    }
    if (out.length === 0) {
      const fallback = get(arg.items[3], "DefaultValue");
      if (fallback) return withStep(`mapping ${mapName} has no entry: DefaultValue`, this.node(template, fallback, depth + 1));
      return [unknown(`mapping ${mapName} has no entry for these keys`, node)];
    }
    return distinct(out, node);
  }
  /** The keys a FindInMap argument may take: concrete strings with provenance, or every key (`all`). */
  keyChoices(template, arg, depth) {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const p of this.node(template, arg, depth + 1)) {
      if (p.kind === "value" && p.value !== null) {
        const key = String(p.value);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ all: false, key, provenance: p.provenance, given: p.given });
      } else {
        out.push({ all: true, provenance: p.provenance, given: false });
      }
    }
    return out;
  }
  /** A condition by name: decided once per template; one in a cycle, or not yet decided, is undecided. */
  decide(template, name) {
    const table = conditionTable(template);
    const decision = table.decisions.get(name);
    if (decision) return decision;
    const cycle = table.cycleOf.get(name);
    return cycle ? { ...UNDECIDED, cycle } : UNDECIDED;
  }
  /** A condition expression: `Fn::Equals`, `Fn::Not`, `Fn::And`, `Fn::Or`, `Condition`. */
  condition(template, node, depth) {
    if (depth > MAX_DEPTH || ++this.steps > MAX_STEPS) return UNDECIDED;
    const fn = intrinsic(node);
    if (!fn) return UNDECIDED;
    if (fn.name === "Condition") {
      return fn.arg.kind === "scalar" && typeof fn.arg.value === "string" ? this.decide(template, fn.arg.value) : UNDECIDED;
    }
    const items = fn.arg.kind === "seq" ? fn.arg.items : [];
    switch (fn.name) {
      case "Fn::Equals":
        return items.length === 2 ? this.equals(template, items[0], items[1], depth) : UNDECIDED;
      case "Fn::Not": {
        if (items.length !== 1) return UNDECIDED;
        const inner = this.condition(template, items[0], depth + 1);
        return inner.value === void 0 ? inner : { value: !inner.value, why: inner.why };
      }
      case "Fn::And":
      case "Fn::Or": {
        const decisive = fn.name === "Fn::Or";
        const parts = items.map((item) => this.condition(template, item, depth + 1));
        const cycle = parts.find((p) => p.cycle)?.cycle;
        const hit = parts.find((p) => p.value === decisive);
        if (hit) return { value: decisive, why: hit.why };
        if (parts.length > 0 && parts.every((p) => p.value === !decisive)) return { value: !decisive, why: [...new Set(parts.flatMap((p) => p.why))] };
        return cycle ? { ...UNDECIDED, cycle } : UNDECIDED;
      }
      default:
        return UNDECIDED;
    }
  }
  equals(template, left, right, depth) {
    const a = this.node(template, left, depth + 1);
    const b = this.node(template, right, depth + 1);
    const decidable = (vals) => vals.length > 0 && vals.every((v) => v.kind === "value" && v.given);
    if (!decidable(a) || !decidable(b)) return UNDECIDED;
    const text = (v) => v.kind === "value" ? String(v.value) : "";
    let sawEqual = false;
    let sawDifferent = false;
    for (const x of a) for (const y of b) text(x) === text(y) ? sawEqual = true : sawDifferent = true;
    if (sawEqual === sawDifferent) return UNDECIDED;
    return { value: sawEqual, why: [...new Set([...a, ...b].flatMap((v) => v.provenance))] };
  }
};
function* pick(entries, choices) {
  const every = choices.find((c) => c.all);
  const seen = /* @__PURE__ */ new Set();
  for (const choice of choices) {
    if (choice.all) continue;
    const entry = entries.get(choice.key);
    if (entry && !seen.has(entry)) {
      seen.add(entry);
      yield [entry, choice];
    }
  }
  if (every) {
    for (const entry of entries.values()) if (!seen.has(entry)) yield [entry, every];
  }
}
function distinct(vals, node) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const v of vals) {
    const key = JSON.stringify([v.kind, v.kind === "value" ? v.value : v.kind === "unknown" ? v.reason : "", v.provenance, v.node?.range.start.offset]);
    if (seen.has(key)) continue;
    seen.add(key);
    if (out.length === MAX_POSSIBILITIES) {
      out.push(unknown(`more than ${MAX_POSSIBILITIES} possible values`, node));
      break;
    }
    out.push(v);
  }
  return out;
}
function resourceCondition(resource) {
  if (resource.format !== "cloudformation" || resource.conditional === void 0) return { value: true, why: [] };
  return new Evaluator().decide(templateOf(resource), resource.conditional);
}
function referencedResourcesOf(template, node) {
  const found = /* @__PURE__ */ new Set();
  const stack = node ? [node] : [];
  let visited = 0;
  while (stack.length > 0 && visited++ < 1e4) {
    const n = stack.pop();
    const fn = intrinsic(n);
    if (!fn) continue;
    if (fn.name === "Ref" && fn.arg.kind === "scalar") {
      const r = resourceByLogicalId(template, String(fn.arg.value));
      if (r) found.add(r);
    } else if (fn.name === "Fn::GetAtt") {
      const target = fn.arg.kind === "seq" ? fn.arg.items[0] : fn.arg;
      if (target?.kind === "scalar" && typeof target.value === "string") {
        const name = fn.arg.kind === "seq" ? target.value : target.value.split(".")[0];
        const r = resourceByLogicalId(template, name);
        if (r) found.add(r);
      }
    } else if (fn.name === "Fn::If" && fn.arg.kind === "seq") {
      stack.push(...fn.arg.items.slice(1));
    }
  }
  return [...found];
}

// src/resolve/terraform-plan.ts
init_node();
var PLANNED = "planned value";
var REFERENCE_ATTRIBUTES = ["identifier", "id", "arn", "cluster_identifier"];
var planResolver = {
  resolve(resource, node) {
    if (!node) return [{ kind: "absent", provenance: [] }];
    const plan = planOf(resource);
    if (plan?.plan.unknown.has(node)) return [{ kind: "unknown", reason: "the plan marks it known only after apply", provenance: [], node }];
    return [literal(node)];
  },
  referencedResources(resource, node) {
    const plan = planOf(resource);
    if (!plan || node?.kind !== "scalar" || typeof node.value !== "string" || node.value === "") return [];
    const name = node.value;
    return plan.resources.filter((r) => r !== resource && REFERENCE_ATTRIBUTES.some((a) => scalarOf(getEntry(r.properties, a)?.value) === name));
  }
};
function planOf(resource) {
  return isPlanModule(resource.template) ? resource.template : void 0;
}
function literal(node) {
  if (node.kind === "scalar") {
    return node.value === null ? { kind: "absent", provenance: [PLANNED], node } : { kind: "value", value: node.value, provenance: [PLANNED], node };
  }
  return { kind: "unknown", reason: node.kind === "map" ? "an object, not a single value" : "a list, not a single value", provenance: [], node };
}
function scalarOf(node) {
  return node?.kind === "scalar" ? node.value : void 0;
}

// src/resolve/terraform-instances.ts
init_node();

// src/resolve/builtins/value.ts
var MAX_ITEMS = 1e4;
var MAX_STRING = 1e4;
function list(items) {
  return { kind: "list", items };
}
function object(entries) {
  return { kind: "object", entries: new Map(entries) };
}
function unknownValue(reason) {
  return { kind: "unknown", reason };
}
function ok(value2) {
  return { ok: true, value: value2 };
}
function fail(error) {
  return { ok: false, error };
}
function isList(v) {
  return typeof v === "object" && v !== null && v.kind === "list";
}
function isObject(v) {
  return typeof v === "object" && v !== null && v.kind === "object";
}
function isUnknown(v) {
  return typeof v === "object" && v !== null && v.kind === "unknown";
}
function firstUnknown(v) {
  const stack = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (isUnknown(x)) return x;
    if (isList(x)) stack.push(...x.items);
    else if (isObject(x)) stack.push(...x.entries.values());
  }
  return void 0;
}
function typeName(v) {
  if (v === null) return "null";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return "number";
  if (typeof v === "string") return "string";
  if (v.kind === "list") return v.set ? "set" : "list";
  if (v.kind === "object") return "object";
  return "unknown";
}
function sortedKeys(o) {
  return [...o.entries.keys()].sort(compareStrings);
}
function compareStrings(a, b) {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
function numberToString(n) {
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([-+]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign2, whole, fraction = "", exponent] = m;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign2}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign2}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign2}${digits.slice(0, point)}.${digits.slice(point)}`;
}
function toStringValue(v, what) {
  if (typeof v === "string") return { ok: true, value: v };
  if (typeof v === "number") return { ok: true, value: numberToString(v) };
  if (typeof v === "boolean") return { ok: true, value: String(v) };
  if (isUnknown(v)) return { ok: false, result: ok(v) };
  return { ok: false, result: fail(`${what} must be a string, not ${typeName(v)}`) };
}
function toNumberValue(v, what) {
  if (typeof v === "number") return { ok: true, value: v };
  if (typeof v === "string" && /^\s*-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/.test(v)) return { ok: true, value: Number(v) };
  if (isUnknown(v)) return { ok: false, result: ok(v) };
  return { ok: false, result: fail(`${what} must be a number, not ${typeName(v) === "string" ? JSON.stringify(v) : typeName(v)}`) };
}
function toBoolValue(v, what) {
  if (typeof v === "boolean") return { ok: true, value: v };
  if (v === "true" || v === "false") return { ok: true, value: v === "true" };
  if (isUnknown(v)) return { ok: false, result: ok(v) };
  return { ok: false, result: fail(`${what} must be a bool, not ${typeName(v) === "string" ? JSON.stringify(v) : typeName(v)}`) };
}
function equalValues(a, b) {
  if (isUnknown(a)) return a;
  if (isUnknown(b)) return b;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  if (a.kind === "list" && b.kind === "list") {
    if (a.items.length !== b.items.length) return false;
    let pending;
    for (let i = 0; i < a.items.length; i++) {
      const e = equalValues(a.items[i], b.items[i]);
      if (e === false) return false;
      if (e !== true) pending ??= e;
    }
    return pending ?? true;
  }
  if (a.kind === "object" && b.kind === "object") {
    if (a.entries.size !== b.entries.size) return false;
    let pending;
    for (const [k, x] of a.entries) {
      if (!b.entries.has(k)) return false;
      const e = equalValues(x, b.entries.get(k));
      if (e === false) return false;
      if (e !== true) pending ??= e;
    }
    return pending ?? true;
  }
  return false;
}
function toJson(v) {
  if (firstUnknown(v)) return void 0;
  return JSON.stringify(toPlainValue(v));
}
function toPlainValue(v) {
  if (v === null || typeof v !== "object") return v;
  if (v.kind === "list") return v.items.map(toPlainValue);
  if (v.kind === "object") {
    const out = /* @__PURE__ */ Object.create(null);
    for (const k of sortedKeys(v)) out[k] = toPlainValue(v.entries.get(k));
    return out;
  }
  return void 0;
}
function describeValue(v) {
  if (v === null) return "null";
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (typeof v !== "object") return String(v);
  if (v.kind === "list") return `a ${v.set ? "set" : "list"} of ${v.items.length}`;
  if (v.kind === "object") return "an object";
  return "an unknown value";
}

// src/resolve/terraform-values.ts
init_quote();
function errorVal(reason) {
  return { kind: "unknown", reason, provenance: [], error: true };
}
function isError(v) {
  return v.kind === "unknown" && v.error === true;
}
var MAX_POSSIBILITIES2 = 64;
var MAX_STRING2 = 1e4;
function show(v) {
  switch (v.kind) {
    case "value":
      return quote(v.value);
    case "absent":
      return "null";
    case "unknown":
      return "an unknown value";
    case "composite":
      return v.computed ? describeValue(v.computed) : v.node.kind === "map" ? "an object" : "a list";
  }
}
function settled(v) {
  return v.kind === "value" || v.kind === "absent";
}
function withStep2(step, vals) {
  return vals.map((v) => {
    const s = step(v);
    return s ? { ...v, provenance: [s, ...v.provenance] } : v;
  });
}
function unknown2(reason, node) {
  return node ? { kind: "unknown", reason, provenance: [], node } : { kind: "unknown", reason, provenance: [] };
}
function value(v, provenance2 = []) {
  return { kind: "value", value: v, provenance: provenance2 };
}
function union(a, b) {
  return [.../* @__PURE__ */ new Set([...a, ...b])];
}
function distinct2(vals) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const v of vals) {
    if (v.kind !== "composite") {
      const key = JSON.stringify([v.kind, v.kind === "value" ? v.value : v.kind === "unknown" ? v.reason : "", v.provenance]);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    if (out.length === MAX_POSSIBILITIES2) {
      out.push(unknown2("too many possible values"));
      break;
    }
    out.push(v);
  }
  return out;
}
function same(a, b) {
  if (a === null || b === null) return a === b;
  return typeof a === typeof b ? a === b : String(a).toLowerCase() === String(b).toLowerCase();
}

// src/resolve/terraform-collections.ts
function newBudget() {
  return { left: MAX_ITEMS };
}
function alternatives(vals, reader, depth, budget) {
  const out = [];
  for (const v of vals) {
    for (const alt of alternativesOf(v, reader, depth, budget)) {
      if (out.length === MAX_POSSIBILITIES2 - 1) {
        out.push({ value: unknownValue("too many possible values"), provenance: [] });
        return out;
      }
      out.push(alt);
    }
  }
  return out;
}
function alternativesOf(v, reader, depth, budget) {
  switch (v.kind) {
    case "value":
      return [{ value: v.value, provenance: v.provenance }];
    case "absent":
      return [{ value: null, provenance: v.provenance }];
    case "unknown":
      return [isError(v) ? { value: unknownValue(v.reason), provenance: v.provenance, error: v.reason } : { value: unknownValue(v.reason), provenance: v.provenance }];
    case "composite": {
      if (v.computed) return [{ value: v.computed, provenance: v.provenance }];
      if (--budget.left < 0) return [{ value: unknownValue("the value is too large to evaluate"), provenance: v.provenance }];
      const node = v.node;
      const parts = [];
      const keys = [];
      if (node.kind === "map") {
        for (const e of node.entries) {
          keys.push(e.key);
          parts.push(alternatives(reader.node(e.value, v.env, depth + 1), reader, depth + 1, budget));
        }
      } else {
        for (const item of node.items) parts.push(alternatives(reader.node(item, v.env, depth + 1), reader, depth + 1, budget));
      }
      return product(parts).map((combo) => {
        const error = combo.find((a) => a.error)?.error;
        const values = combo.map((a) => a.value);
        const made = node.kind === "map" ? object(keys.map((k, i) => [k, values[i]])) : list(values);
        const alt = { value: made, provenance: union(v.provenance, combo.flatMap((a) => a.provenance)) };
        if (error) alt.error = error;
        return alt;
      });
    }
  }
}
function product(parts) {
  let acc = [[]];
  for (const part of parts) {
    const choices = part.length === 0 ? [{ value: unknownValue("no possible value"), provenance: [] }] : part;
    if (choices.length === 1 || acc.length * choices.length > MAX_POSSIBILITIES2) {
      const only = choices.length === 1 ? choices[0] : { value: unknownValue(`one of ${choices.length} possible values`), provenance: [] };
      for (const combo of acc) combo.push(only);
    } else {
      acc = acc.flatMap((combo) => choices.map((c) => [...combo, c]));
    }
  }
  return acc;
}
function toVal(v, provenance2, env, range) {
  if (v === null) return { kind: "absent", provenance: provenance2 };
  if (typeof v !== "object") return value(v, provenance2);
  if (v.kind === "unknown") return { ...unknown2(v.reason), provenance: provenance2 };
  const node = v.kind === "list" ? { kind: "seq", items: [], range } : { kind: "map", entries: [], range };
  return { kind: "composite", node, env, provenance: provenance2, computed: v };
}
function alternativeVal(a, env, range) {
  if (a.error !== void 0) return { ...errorVal(a.error), provenance: a.provenance };
  return toVal(a.value, a.provenance, env, range);
}
function iterationOf(v) {
  if (v === null || typeof v !== "object" || v.kind === "unknown") return void 0;
  if (v.kind === "list") return v.items.map((item, i) => [v.set ? item : i, item]);
  return sortedKeys(v).map((k) => [k, v.entries.get(k)]);
}

// src/resolve/terraform-eval.ts
init_node();
init_quote();
import { basename } from "node:path";
init_ast_nodes();

// src/resolve/builtins/regex.ts
var MAX_REGEX_SUBJECT = 1e4;
var NESTED_REPEAT = /\((?:[^()\\]|\\.)*(?:[*+?}|])(?:[^()\\]|\\.)*\)(?:[*+]|\{\d*,\d*\})/;
function translateRegex(pattern) {
  let source = pattern;
  let flags = "g";
  const leading = /^\(\?([imsU]+)\)/.exec(source);
  if (leading) {
    if (leading[1].includes("U")) return { ok: false, reason: "the (?U) flag is not evaluated", unsupported: true };
    flags += [...new Set(leading[1])].join("");
    source = source.slice(leading[0].length);
  }
  if (/\(\?[a-zA-Z-]+[):]/.test(source)) return { ok: false, reason: "inline flags inside a regular expression are not evaluated", unsupported: true };
  if (/\[:\^?[a-z]+:\]/.test(source)) return { ok: false, reason: "POSIX character classes are not evaluated", unsupported: true };
  if (/\\[1-9]/.test(source)) return { ok: false, reason: `invalid regular expression /${pattern}/: RE2 has no back-references`, unsupported: false };
  if (/\\[CQ]/.test(source)) return { ok: false, reason: "the \\C and \\Q escapes are not evaluated", unsupported: true };
  if (NESTED_REPEAT.test(source)) return { ok: false, reason: `the regular expression /${pattern}/ could take exponential time here; not evaluated`, unsupported: true };
  source = source.replace(/\(\?P</g, "(?<").replace(/\\A/g, "^").replace(/\\z/g, "$(?![\\s\\S])");
  for (const f of [`${flags}u`, flags]) {
    try {
      return { ok: true, regex: new RegExp(source, f) };
    } catch {
    }
  }
  return { ok: false, reason: `invalid regular expression /${pattern}/`, unsupported: true };
}
function expandReplacement(template, match) {
  const last = match[match.length - 1];
  const named = typeof last === "object" && last !== null ? last : void 0;
  const groupCount = match.length - (named ? 4 : 3);
  const group = (name) => {
    if (/^\d+$/.test(name)) {
      const n = Number(name);
      return n <= groupCount ? match[n] ?? "" : "";
    }
    return named?.[name] ?? "";
  };
  return template.replace(/\$(?:\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g, (all, braced, bare) => {
    if (all === "$$") return "$";
    return group(braced ?? bare);
  });
}

// src/resolve/builtins/functions.ts
var SPECIAL_FORMS = /* @__PURE__ */ new Set(["try", "can"]);
function isKnownFunction(name) {
  return SPECIAL_FORMS.has(name) || Object.hasOwn(FUNCTIONS, name);
}
function callFunction(name, args) {
  if (!Object.hasOwn(FUNCTIONS, name)) return void 0;
  const def = FUNCTIONS[name];
  if (args.length < def.min || def.max !== void 0 && args.length > def.max) {
    const expected = def.max === void 0 ? `at least ${def.min}` : def.min === def.max ? String(def.min) : `${def.min} to ${def.max}`;
    return fail(`${name}() takes ${expected} argument${def.max === 1 ? "" : "s"}, not ${args.length}`);
  }
  if (!def.seesUnknown) {
    const unknown3 = args.find(isUnknown);
    if (unknown3) return ok(unknown3);
  }
  return def.call(args);
}
function str(v, fn, n) {
  if (v === null) return { ok: false, result: fail(`${fn}(): argument ${n} must not be null`) };
  return toStringValue(v, `${fn}(): argument ${n}`);
}
function listArg(v, fn, n) {
  if (isList(v)) return { ok: true, value: v };
  if (isUnknown(v)) return { ok: false, result: ok(v) };
  return { ok: false, result: fail(`${fn}(): argument ${n} must be a list, not ${typeName(v)}`) };
}
function objectArg(v, fn, n) {
  if (isObject(v)) return { ok: true, value: v };
  if (isUnknown(v)) return { ok: false, result: ok(v) };
  return { ok: false, result: fail(`${fn}(): argument ${n} must be a map or object, not ${typeName(v)}`) };
}
function tooMany(what) {
  return ok(unknownValue(`${what} has more than ${MAX_ITEMS} elements`));
}
function tooLong(what) {
  return ok(unknownValue(`${what} is longer than ${MAX_STRING} characters`));
}
function stringResult(s, what) {
  return s.length > MAX_STRING ? tooLong(what) : ok(s);
}
function characters(s) {
  const segmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter() : void 0;
  return segmenter ? [...segmenter.segment(s)].map((x) => x.segment) : [...s];
}
function unifyPrimitives(items) {
  const kinds = new Set(items.filter((x) => x !== null).map(typeName));
  if (kinds.size < 2 || !kinds.has("string") || [...kinds].some((k) => k !== "string" && k !== "number" && k !== "bool")) return items;
  return items.map((x) => typeof x === "number" ? numberToString(x) : typeof x === "boolean" ? String(x) : x);
}
var FUNCTIONS = {
  coalesce: {
    min: 1,
    seesUnknown: true,
    call(args) {
      for (const a of args) {
        if (isUnknown(a)) return ok(a);
        if (a === null || a === "") continue;
        const unified = unifyPrimitives(args.filter((x) => !isUnknown(x)));
        return ok(unified[args.filter((x) => !isUnknown(x)).indexOf(a)] ?? a);
      }
      return fail("coalesce(): no non-null, non-empty-string arguments");
    }
  },
  coalescelist: {
    min: 1,
    call(args) {
      for (let i = 0; i < args.length; i++) {
        if (args[i] === null) continue;
        const l = listArg(args[i], "coalescelist", i + 1);
        if (!l.ok) return l.result;
        if (l.value.items.length > 0) return ok(l.value);
      }
      return fail("coalescelist(): no non-null, non-empty arguments");
    }
  },
  lookup: {
    min: 2,
    max: 3,
    seesUnknown: true,
    call([m, key, fallback]) {
      if (isUnknown(m)) return ok(m);
      if (isUnknown(key)) return ok(key);
      const o = objectArg(m, "lookup", 1);
      if (!o.ok) return o.result;
      const k = str(key, "lookup", 2);
      if (!k.ok) return k.result;
      if (o.value.entries.has(k.value)) return ok(o.value.entries.get(k.value));
      if (fallback !== void 0) return ok(fallback);
      return fail(`lookup(): the map has no key ${JSON.stringify(k.value)}`);
    }
  },
  element: {
    min: 2,
    max: 2,
    call([l, index]) {
      const items = listArg(l, "element", 1);
      if (!items.ok) return items.result;
      const n = toNumberValue(index, "element(): argument 2");
      if (!n.ok) return n.result;
      if (!Number.isInteger(n.value)) return fail(`element(): the index ${numberToString(n.value)} is not a whole number`);
      const len = items.value.items.length;
      if (len === 0) return fail("element(): cannot use element() on an empty list");
      return ok(items.value.items[(n.value % len + len) % len]);
    }
  },
  merge: {
    min: 0,
    call(args) {
      const out = /* @__PURE__ */ new Map();
      for (let i = 0; i < args.length; i++) {
        if (args[i] === null) continue;
        const o = objectArg(args[i], "merge", i + 1);
        if (!o.ok) return o.result;
        for (const [k, v] of o.value.entries) out.set(k, v);
        if (out.size > MAX_ITEMS) return tooMany("the merged object");
      }
      return ok(object(out));
    }
  },
  concat: {
    min: 1,
    call(args) {
      const items = [];
      for (let i = 0; i < args.length; i++) {
        const l = listArg(args[i], "concat", i + 1);
        if (!l.ok) return l.result;
        if (items.length + l.value.items.length > MAX_ITEMS) return tooMany("the concatenated list");
        items.push(...l.value.items);
      }
      return ok(list(items));
    }
  },
  contains: {
    min: 2,
    max: 2,
    call([l, value2]) {
      const items = listArg(l, "contains", 1);
      if (!items.ok) return items.result;
      let pending;
      for (const item of items.value.items) {
        const eq = equalValues(item, value2);
        if (eq === true) return ok(true);
        if (eq !== false) pending ??= eq;
      }
      return ok(pending ?? false);
    }
  },
  length: {
    min: 1,
    max: 1,
    call([v]) {
      if (typeof v === "string") return ok(characters(v).length);
      if (isList(v)) return ok(v.items.length);
      if (isObject(v)) return ok(v.entries.size);
      return fail(`length(): argument must be a string, list or map, not ${typeName(v)}`);
    }
  },
  keys: {
    min: 1,
    max: 1,
    call([m]) {
      const o = objectArg(m, "keys", 1);
      if (!o.ok) return o.result;
      return ok(list(sortedKeys(o.value)));
    }
  },
  values: {
    min: 1,
    max: 1,
    call([m]) {
      const o = objectArg(m, "values", 1);
      if (!o.ok) return o.result;
      return ok(list(sortedKeys(o.value).map((k) => o.value.entries.get(k))));
    }
  },
  one: {
    min: 1,
    max: 1,
    call([l]) {
      const items = listArg(l, "one", 1);
      if (!items.ok) return items.result;
      if (items.value.items.length > 1) return fail(`one(): must be a list of no more than one element, not ${items.value.items.length}`);
      return ok(items.value.items[0] ?? null);
    }
  },
  flatten: {
    min: 1,
    max: 1,
    call([l]) {
      const top = listArg(l, "flatten", 1);
      if (!top.ok) return top.result;
      const out = [];
      const stack = [{ items: top.value.items, i: 0 }];
      while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (frame.i >= frame.items.length) {
          stack.pop();
          continue;
        }
        const item = frame.items[frame.i++];
        if (isUnknown(item)) return ok(unknownValue(`flatten(): an element is unknown (${item.reason})`));
        if (isList(item)) stack.push({ items: item.items, i: 0 });
        else if (out.push(item) > MAX_ITEMS) return tooMany("the flattened list");
      }
      return ok(list(out));
    }
  },
  compact: {
    min: 1,
    max: 1,
    call([l]) {
      const items = listArg(l, "compact", 1);
      if (!items.ok) return items.result;
      const out = [];
      for (const item of items.value.items) {
        if (item === null) continue;
        const s = toStringValue(item, "compact(): an element");
        if (!s.ok) return s.result;
        if (s.value !== "") out.push(s.value);
      }
      return ok(list(out));
    }
  },
  tobool: {
    min: 1,
    max: 1,
    call([v]) {
      if (v === null) return ok(null);
      const b = toBoolValue(v, "tobool(): the value");
      return b.ok ? ok(b.value) : b.result;
    }
  },
  tostring: {
    min: 1,
    max: 1,
    call([v]) {
      if (v === null) return ok(null);
      const s = toStringValue(v, "tostring(): the value");
      return s.ok ? ok(s.value) : s.result;
    }
  },
  tonumber: {
    min: 1,
    max: 1,
    call([v]) {
      if (v === null) return ok(null);
      const n = toNumberValue(v, "tonumber(): the value");
      return n.ok ? ok(n.value) : n.result;
    }
  },
  tolist: {
    min: 1,
    max: 1,
    call([v]) {
      if (v === null) return ok(null);
      const l = listArg(v, "tolist", 1);
      return l.ok ? ok(list(unifyPrimitives(l.value.items))) : l.result;
    }
  },
  toset: {
    min: 1,
    max: 1,
    call([v]) {
      if (v === null) return ok(null);
      const l = listArg(v, "toset", 1);
      if (!l.ok) return l.result;
      return ok(toSet(unifyPrimitives(l.value.items)));
    }
  },
  tomap: {
    min: 1,
    max: 1,
    call([v]) {
      if (v === null) return ok(null);
      const o = objectArg(v, "tomap", 1);
      if (!o.ok) return o.result;
      const keys = [...o.value.entries.keys()];
      const unified = unifyPrimitives([...o.value.entries.values()]);
      return ok(object(keys.map((k, i) => [k, unified[i]])));
    }
  },
  lower: stringFunction("lower", (s) => s.toLowerCase()),
  upper: stringFunction("upper", (s) => s.toUpperCase()),
  trimspace: stringFunction("trimspace", (s) => s.trim()),
  startswith: stringTest("startswith", (s, prefix) => s.startsWith(prefix)),
  endswith: stringTest("endswith", (s, suffix) => s.endsWith(suffix)),
  join: {
    min: 2,
    call([sep4, ...lists]) {
      const s = str(sep4, "join", 1);
      if (!s.ok) return s.result;
      const parts = [];
      for (let i = 0; i < lists.length; i++) {
        const l = listArg(lists[i], "join", i + 2);
        if (!l.ok) return l.result;
        for (const item of l.value.items) {
          if (item === null) return fail("join(): an element of the list is null");
          const part = toStringValue(item, "join(): an element of the list");
          if (!part.ok) return part.result;
          parts.push(part.value);
        }
      }
      return stringResult(parts.join(s.value), "the joined string");
    }
  },
  split: {
    min: 2,
    max: 2,
    call([sep4, s]) {
      const a = str(sep4, "split", 1);
      if (!a.ok) return a.result;
      const b = str(s, "split", 2);
      if (!b.ok) return b.result;
      const parts = a.value === "" ? [...b.value] : b.value.split(a.value);
      return parts.length > MAX_ITEMS ? tooMany("the split list") : ok(list(parts));
    }
  },
  replace: {
    min: 3,
    max: 3,
    call([s, search, replacement]) {
      const a = str(s, "replace", 1);
      if (!a.ok) return a.result;
      const b = str(search, "replace", 2);
      if (!b.ok) return b.result;
      const c = str(replacement, "replace", 3);
      if (!c.ok) return c.result;
      const pattern = b.value;
      if (pattern.length > 1 && pattern.startsWith("/") && pattern.endsWith("/")) {
        const regex = translateRegex(pattern.slice(1, -1));
        if (!regex.ok) return regex.unsupported ? ok(unknownValue(`replace(): ${regex.reason}`)) : fail(`replace(): ${regex.reason}`);
        if (a.value.length > MAX_REGEX_SUBJECT) return ok(unknownValue(`replace(): a regular expression over more than ${MAX_REGEX_SUBJECT} characters is not evaluated`));
        const out = a.value.replace(regex.regex, (...m) => expandReplacement(c.value, m));
        return stringResult(out, "the replaced string");
      }
      if (pattern === "") return stringResult(a.value, "the replaced string");
      return stringResult(a.value.split(pattern).join(c.value), "the replaced string");
    }
  },
  format: {
    min: 1,
    seesUnknown: true,
    call([spec, ...args]) {
      if (isUnknown(spec)) return ok(spec);
      const s = str(spec, "format", 1);
      return s.ok ? format(s.value, args) : s.result;
    }
  },
  alltrue: booleanFold("alltrue", false),
  anytrue: booleanFold("anytrue", true)
};
function booleanFold(name, decides) {
  return {
    min: 1,
    max: 1,
    call([l]) {
      const items = listArg(l, name, 1);
      if (!items.ok) return items.result;
      let pending;
      for (const item of items.value.items) {
        if (isUnknown(item)) {
          pending ??= item;
          continue;
        }
        const b = toBoolValue(item, `${name}(): an element`);
        if (!b.ok) return b.result;
        if (b.value === decides) return ok(decides);
      }
      return ok(pending ?? !decides);
    }
  };
}
function stringTest(name, test) {
  return {
    min: 2,
    max: 2,
    call([s, part]) {
      const a = str(s, name, 1);
      if (!a.ok) return a.result;
      const b = str(part, name, 2);
      return b.ok ? ok(test(a.value, b.value)) : b.result;
    }
  };
}
function stringFunction(name, f) {
  return {
    min: 1,
    max: 1,
    call([v]) {
      const s = str(v, name, 1);
      return s.ok ? stringResult(f(s.value), `${name}()`) : s.result;
    }
  };
}
function toSet(items) {
  const unknown3 = items.map(firstUnknown).find((u) => u !== void 0);
  if (unknown3) return unknownValue(`toset(): an element is unknown (${unknown3.reason})`);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const item of items) {
    if (item === null || typeof item !== "object") {
      const key = `${typeof item}:${String(item)}`;
      if (!seen.has(key)) out.push(item);
      seen.add(key);
    } else if (!out.some((x) => equalValues(x, item) === true)) out.push(item);
  }
  if (out.every((x) => typeof x === "string")) out.sort((a, b) => compareStrings(a, b));
  else if (out.every((x) => typeof x === "number")) out.sort((a, b) => a - b);
  return { kind: "list", items: out, set: true };
}
var VERBS = /* @__PURE__ */ new Set(["v", "t", "b", "d", "o", "x", "X", "e", "E", "f", "g", "G", "s", "q"]);
var SPEC = /%([-+# 0]*)(\d*)(?:\.(\d*))?(?:\[(\d+)\])?(.?)/y;
function format(spec, args) {
  let out = "";
  let next = 0;
  let i = 0;
  while (i < spec.length) {
    const pct = spec.indexOf("%", i);
    if (pct < 0) {
      out += spec.slice(i);
      break;
    }
    out += spec.slice(i, pct);
    if (spec[pct + 1] === "%") {
      out += "%";
      i = pct + 2;
      continue;
    }
    SPEC.lastIndex = pct;
    const m = SPEC.exec(spec);
    i = SPEC.lastIndex;
    const [, flags = "", width = "", precision, index, verb = ""] = m;
    if (!VERBS.has(verb)) return fail(`format(): unsupported format verb ${JSON.stringify(verb ? `%${verb}` : "%")} at offset ${pct}`);
    if (index !== void 0) next = Number(index) - 1;
    if (next < 0 || next >= args.length) return fail(`format(): not enough arguments for the verb %${verb} at offset ${pct}`);
    const arg = args[next++];
    const piece = formatOne(verb, flags, precision === void 0 ? void 0 : Number(precision || "0"), arg);
    if (!piece.ok) return piece.result;
    out += pad(piece.value, flags, width === "" ? 0 : Number(width), "bdoxXeEfgG".includes(verb));
    if (out.length > MAX_STRING) return tooLong("the formatted string");
  }
  return ok(out);
}
function pad(s, flags, width, numeric) {
  const n = [...s].length;
  if (n >= width) return s;
  const fill = width - n;
  if (flags.includes("-")) return s + " ".repeat(fill);
  if (flags.includes("0") && numeric) {
    const sign2 = /^[-+ ]/.test(s) ? s[0] : "";
    return sign2 + "0".repeat(fill) + s.slice(sign2.length);
  }
  return " ".repeat(fill) + s;
}
function formatOne(verb, flags, precision, arg) {
  const unknown3 = firstUnknown(arg);
  if (unknown3 && !(verb === "v" && !isList(arg) && !isObject(arg))) return { ok: false, result: ok(unknown3) };
  if (isUnknown(arg)) return { ok: false, result: ok(arg) };
  switch (verb) {
    case "v": {
      if (flags.includes("#") || isList(arg) || isObject(arg)) return { ok: true, value: toJson(arg) };
      if (arg === null) return { ok: true, value: "null" };
      return toStringValue(arg, "format(): the value");
    }
    case "t": {
      if (arg === null) return { ok: false, result: fail("format(): %t of a null value") };
      const b = toBoolValue(arg, "format(): the value for %t");
      return b.ok ? { ok: true, value: String(b.value) } : b;
    }
    case "s":
    case "q": {
      if (arg === null) return { ok: false, result: fail(`format(): %${verb} of a null value`) };
      const s = toStringValue(arg, `format(): the value for %${verb}`);
      if (!s.ok) return s;
      const text = precision === void 0 ? s.value : [...s.value].slice(0, precision).join("");
      return { ok: true, value: verb === "q" ? JSON.stringify(text) : text };
    }
    default: {
      if (arg === null) return { ok: false, result: fail(`format(): %${verb} of a null value`) };
      const n = toNumberValue(arg, `format(): the value for %${verb}`);
      if (!n.ok) return n;
      return "bdoxX".includes(verb) ? formatInteger(verb, flags, n.value) : { ok: true, value: formatFloat(verb, flags, precision, n.value) };
    }
  }
}
function sign(negative, flags) {
  return negative ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
}
function formatInteger(verb, flags, n) {
  if (!Number.isInteger(n)) return { ok: false, result: fail(`format(): %${verb} needs a whole number, not ${numberToString(n)}`) };
  const big = BigInt(n);
  const negative = big < 0n;
  const abs = negative ? -big : big;
  const radix = verb === "b" ? 2 : verb === "o" ? 8 : verb === "d" ? 10 : 16;
  let digits = abs.toString(radix);
  if (verb === "X") digits = digits.toUpperCase();
  const prefix = flags.includes("#") ? verb === "o" ? "0" : verb === "x" ? "0x" : verb === "X" ? "0X" : "" : "";
  return { ok: true, value: `${sign(negative, flags)}${prefix}${digits}` };
}
function formatFloat(verb, flags, precision, n) {
  const negative = n < 0 || Object.is(n, -0);
  const abs = Math.abs(n);
  const lower = verb.toLowerCase();
  let body;
  if (lower === "f") body = abs.toFixed(Math.min(precision ?? 6, 100));
  else if (lower === "e") body = goExponent(abs.toExponential(Math.min(precision ?? 6, 100)));
  else body = formatG(abs, precision);
  if (verb === "E" || verb === "G") body = body.toUpperCase();
  return `${sign(negative, flags)}${body}`;
}
function goExponent(s) {
  return s.replace(/e([-+])(\d)$/, "e$10$2");
}
function formatG(abs, precision) {
  if (abs === 0) return "0";
  const shortest = precision === void 0;
  const p = shortest ? 0 : Math.min(Math.max(precision, 1), 100);
  const [mantissa, e] = (shortest ? abs.toExponential() : abs.toExponential(p - 1)).split("e");
  const digits = mantissa.replace(".", "").replace(/0+$/, "") || "0";
  const nd = digits.length;
  const dp = Number(e) + 1;
  const prec = shortest ? nd : p;
  const eprec = shortest ? 6 : prec > nd && nd >= dp ? nd : prec;
  const exp = dp - 1;
  if (exp < -4 || exp >= eprec) {
    const after = Math.min(prec, nd) - 1;
    const body = after > 0 ? `${digits[0]}.${digits.slice(1, after + 1).padEnd(after, "0")}` : digits[0];
    return `${body}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  return abs.toFixed(Math.max((prec > dp ? nd : prec) - dp, 0));
}

// src/resolve/terraform-functions.ts
init_node();
function builtin(name) {
  return (call) => {
    const args = call.args.map((_, i) => call.alternatives(i));
    const out = [];
    for (const combo of product(args)) {
      const expanded = call.expandFinal ? expandLast(combo) : combo;
      if ("error" in expanded) {
        out.push(expanded.error);
        continue;
      }
      const provenance2 = union([], expanded.flatMap((a) => a.provenance));
      const failed = expanded.find((a) => a.error !== void 0);
      if (failed) {
        out.push({ ...errorVal(failed.error), provenance: provenance2 });
        continue;
      }
      const result = callFunction(name, expanded.map((a) => a.value));
      if (!result) out.push(unknown2(`function ${name}() is not evaluated`));
      else if (!result.ok) out.push({ ...errorVal(`${call.src}: ${result.error}`), provenance: provenance2 });
      else out.push(alternativeVal({ value: result.value, provenance: provenance2 }, call.env, call.range));
    }
    return withStep2((v) => settled(v) ? `${call.src} = ${show(v)}` : void 0, distinct2(out));
  };
}
function expandLast(combo) {
  const last = combo[combo.length - 1];
  if (!last) return combo;
  if (last.error !== void 0) return combo;
  const v = last.value;
  if (typeof v === "object" && v !== null && v.kind === "unknown") return { error: { ...unknown2(v.reason), provenance: last.provenance } };
  if (!isList(v)) return { error: errorVal(`the expanded argument (...) must be a list, not ${typeName(v)}`) };
  return [...combo.slice(0, -1), ...v.items.map((item) => ({ value: item, provenance: last.provenance }))];
}
function lookupInSource(call) {
  if (call.args.length !== 2 && call.args.length !== 3) return void 0;
  const maps = call.arg(0);
  if (!maps.every((m) => m.kind === "composite" && !m.computed && m.node.kind === "map")) return void 0;
  const out = [];
  for (const m of maps) {
    for (const k of call.arg(1)) {
      if (k.kind !== "value" || k.value === null) out.push(unknown2(`${call.src}: lookup in ${show(m)} by ${show(k)}`));
      else if (getEntry(m.node, String(k.value))) out.push(...withStep2((v) => settled(v) ? `${call.src} = ${show(v)}` : void 0, call.element(m, k)));
      else if (call.args.length === 3) out.push(...withStep2(() => `${show(k)} is not a key, lookup() gives the default`, call.arg(2)));
      else out.push(errorVal(`${call.src}: no key ${show(k)}`));
    }
  }
  return distinct2(out);
}
var NAMES = [
  "coalesce",
  "coalescelist",
  "lookup",
  "element",
  "merge",
  "concat",
  "contains",
  "length",
  "keys",
  "values",
  "one",
  "flatten",
  "compact",
  "tobool",
  "tostring",
  "tonumber",
  "tolist",
  "toset",
  "tomap",
  "lower",
  "upper",
  "format",
  "join",
  "split",
  "replace",
  "startswith",
  "endswith",
  "trimspace",
  "alltrue",
  "anytrue"
];
var lookup = builtin("lookup");
var FUNCTIONS2 = new Map([
  ...NAMES.filter((n) => isKnownFunction(n) && !SPECIAL_FORMS.has(n)).map((n) => [n, builtin(n)]),
  ["lookup", (call) => lookupInSource(call) ?? lookup(call)]
]);

// src/resolve/terraform-eval.ts
var MAX_DEPTH3 = 48;
var MAX_STEPS2 = 1e4;
var DYNAMIC_ROOTS = {
  count: "count.index is known only per instance",
  each: "each.key / each.value are known only per instance",
  self: "self refers to the resource being created",
  path: "path.* depends on where Terraform runs",
  terraform: "terraform.workspace depends on where Terraform runs"
};
var SKIP = { kind: "unknown", reason: "skipped" };
var Evaluator2 = class {
  /** Resources the evaluated values refer to. */
  refs = /* @__PURE__ */ new Set();
  active = /* @__PURE__ */ new Set();
  ids = /* @__PURE__ */ new Map();
  resourcesByName = /* @__PURE__ */ new Map();
  evaluated = 0;
  /** The possible values of a model Node. */
  node(node, env, depth) {
    if (node.kind !== "scalar") return [{ kind: "composite", node, env, provenance: [] }];
    if (!node.expr) return [node.value === null ? { kind: "absent", provenance: [], node } : { kind: "value", value: node.value, provenance: [], node }];
    return this.expr(node.expr, env, depth).map((v) => v.kind === "composite" || v.node ? v : { ...v, node });
  }
  /** The source text of an expression, shortened for messages. */
  src(e, env) {
    const text = env.module.texts?.get(env.file) ?? env.module.files.get(env.file) ?? "";
    return shorten(text.slice(e.range.start.offset, e.range.end.offset));
  }
  expr(e, env, depth) {
    if (depth > MAX_DEPTH3) return [unknown2("the value refers to itself or nests too deeply")];
    if (++this.evaluated > MAX_STEPS2) return [unknown2("the value is too complex to evaluate")];
    const d = depth + 1;
    switch (e.type) {
      case "literal":
        return [this.literal(e.value, e)];
      case "template":
        return this.template(e.parts, env, d, true);
      case "variable":
      case "getattr":
      case "index":
        return this.traversal(e, env, d);
      case "splat":
        this.expr(e.object, env, d);
        return [unknown2(`${this.src(e, env)} is not evaluated (a splat expression)`)];
      case "splat-item":
        return [unknown2("a splat element")];
      case "call":
        return this.call(e, env, d);
      case "conditional":
        return this.conditional(e, env, d);
      case "binary":
        return this.binary(e, env, d);
      case "unary":
        return this.unary(e, env, d);
      case "parens":
        return this.expr(e.expression, env, d);
      case "tuple":
      case "object": {
        const node = expressionNode(e, this.sourceText(env));
        if (node.kind === "scalar") {
          for (const item of e.type === "object" ? e.items.flatMap((i) => [i.key, i.value]) : e.items) this.expr(item, env, d);
          return [unknown2(`an object with computed keys (${this.src(e, env)})`)];
        }
        return [{ kind: "composite", node, env, provenance: [] }];
      }
      case "for":
        return this.forExpr(e, env, d);
    }
  }
  sourceText(env) {
    const text = env.module.texts?.get(env.file) ?? env.module.files.get(env.file) ?? "";
    return new SourceText(text, env.file.toLowerCase().endsWith(".json"));
  }
  literal(v, e) {
    const node = { kind: "scalar", value: v, range: e.range, expr: e };
    return v === null ? { kind: "absent", provenance: [], node } : { kind: "value", value: v, provenance: [], node };
  }
  /** A template: a lone `${…}` gives its value as is; otherwise the parts are concatenated as strings. */
  template(parts, env, depth, wrap) {
    const only = parts[0];
    if (wrap && parts.length === 1 && only?.type === "interpolation") return this.expr(only.expression, env, depth);
    if (parts.every((p) => p.type === "text")) return [value(parts.map((p) => p.value).join(""))];
    let acc = [value("")];
    for (const part of parts) {
      let vals;
      let what;
      if (part.type === "text") {
        vals = [value(part.value)];
        what = "a template";
      } else if (part.type === "interpolation") {
        vals = this.expr(part.expression, env, depth);
        what = `a template part ${this.src(part.expression, env)}`;
      } else if (part.type === "if") {
        vals = this.templateIf(part, env, depth);
        what = `a template directive %{ if ${this.src(part.condition, env)} }`;
      } else {
        this.expr(part.collection, env, depth);
        vals = [unknown2(`a template directive %{ for … in ${this.src(part.collection, env)} } is not evaluated`)];
        what = "a template";
      }
      const next = [];
      for (const a of acc) {
        for (const b of vals) {
          if (a.kind !== "value") next.push(a);
          else if (b.kind === "value") {
            const s = `${String(a.value)}${b.value === null ? "" : String(b.value)}`;
            next.push(s.length > MAX_STRING2 ? unknown2(`a template longer than ${MAX_STRING2} characters`) : value(s, union(a.provenance, b.provenance)));
          } else if (b.kind === "unknown") next.push({ ...b, provenance: union(a.provenance, b.provenance) });
          else next.push(unknown2(`${what} that is ${show(b)}`));
        }
      }
      acc = distinct2(next);
    }
    return acc;
  }
  templateIf(part, env, depth) {
    const conds = this.expr(part.condition, env, depth);
    const bools = conds.map((c) => c.kind === "value" && c.value !== null ? asBoolean(c.value) : void 0);
    const branch = (b) => this.template((b ? part.then : part.else) ?? [], env, depth, false);
    if (bools.every((b) => b === true) || bools.every((b) => b === false)) return branch(bools[0]);
    return distinct2([...branch(true), ...branch(false)]);
  }
  moduleKey(module) {
    let id = this.ids.get(module);
    if (id === void 0) {
      id = this.ids.size;
      this.ids.set(module, id);
    }
    return id;
  }
  /** Evaluates a named value once per chain; a repeat is a cycle. */
  guarded(key, module, f) {
    const k = `${this.moduleKey(module)}:${key}`;
    if (this.active.has(k)) return [unknown2(`${key} refers to itself`)];
    this.active.add(k);
    try {
      return f();
    } finally {
      this.active.delete(k);
    }
  }
  resource(module, address) {
    let byName = this.resourcesByName.get(module);
    if (!byName) {
      byName = new Map(module.resources.map((r) => [r.name, r]));
      this.resourcesByName.set(module, byName);
    }
    return byName.get(address);
  }
  traversal(e, env, depth) {
    const steps = [];
    let base = e;
    while (base.type === "getattr" || base.type === "index") {
      steps.push(base.type === "getattr" ? { kind: "attr", name: base.name } : { kind: "index", key: base.key });
      base = base.object;
    }
    steps.reverse();
    const src = this.src(e, env);
    if (base.type !== "variable") return this.steps(this.expr(base, env, depth), steps, env, depth, src);
    const bound = env.bindings?.get(base.name);
    if (bound) {
      const vals = this.steps([bound], steps, env, depth, src);
      return base.name === "each" || base.name === "count" ? withStep2((v) => settled(v) ? `${src} = ${show(v)}` : void 0, vals) : vals;
    }
    const [first, ...rest] = steps;
    const name = first?.kind === "attr" ? first.name : void 0;
    if ((base.name === "var" || base.name === "local") && name) {
      const named = base.name === "var" ? this.variable(name, env, depth) : this.local(name, env, depth);
      if (rest.length === 0) return named;
      return withStep2((v) => settled(v) ? `${src} = ${show(v)}` : void 0, this.steps(named, rest, env, depth, src));
    }
    const dynamic = DYNAMIC_ROOTS[base.name];
    if (dynamic) return [unknown2(`${src}: ${dynamic}`)];
    if (base.name === "data") return [unknown2(`${src} is read from a data source`)];
    if (base.name === "module") return [unknown2(`${src} is an output of a module`)];
    for (const step of steps) if (step.kind === "index") this.expr(step.key, env, depth);
    if (name) {
      const module = env.module;
      const address = `${module.modulePath ? `${module.modulePath}.` : ""}${base.name}.${name}`;
      const resource = this.resource(module, address);
      if (resource) {
        this.refs.add(resource);
        return [unknown2(`${src} is an attribute of resource ${address}, known only after apply`)];
      }
    }
    return [unknown2(`${src} cannot be resolved statically`)];
  }
  /** Applies attribute/index steps to resolved values. */
  steps(vals, steps, env, depth, src) {
    let cur = vals;
    for (const step of steps) {
      const next = [];
      for (const v of cur) {
        if (v.kind === "unknown") {
          next.push(v);
          continue;
        }
        if (v.kind !== "composite") {
          next.push({ ...errorVal(`${src}: cannot access into ${show(v)}`), provenance: v.provenance });
          continue;
        }
        const keys = step.kind === "attr" ? [value(step.name)] : this.expr(step.key, env, depth);
        for (const key of keys) next.push(...this.element(v, key, depth, src));
      }
      cur = distinct2(next);
    }
    return cur;
  }
  element(v, key, depth, src) {
    if (key.kind !== "value" || key.value === null) return [{ ...key.kind === "unknown" ? unknown2(`${src}: the key is ${show(key)}`) : errorVal(`${src}: the key is ${show(key)}`), provenance: v.provenance }];
    if (v.computed) {
      const c = v.computed;
      const k = key.value;
      const child2 = c.kind === "object" ? c.entries.get(String(k)) : typeof k === "number" || /^\d+$/.test(String(k)) ? c.items[Number(k)] : void 0;
      const has = c.kind === "object" ? c.entries.has(String(k)) : child2 !== void 0 || typeof k === "number" && Number(k) < c.items.length;
      if (!has) return [{ ...errorVal(`${src}: ${show(v)} has no element ${show(key)}`), provenance: [...v.provenance, ...key.provenance] }];
      return [toVal(child2 ?? null, [...v.provenance, ...key.provenance], v.env, v.node.range)];
    }
    let child;
    if (v.node.kind === "map") child = getEntry(v.node, String(key.value))?.value;
    else if (typeof key.value === "number" || /^\d+$/.test(String(key.value))) child = v.node.items[Number(key.value)];
    if (!child) return [{ ...errorVal(`${src}: ${show(v)} has no element ${show(key)}`), provenance: [...v.provenance, ...key.provenance] }];
    return this.node(child, v.env, depth).map((c) => ({ ...c, provenance: [...v.provenance, ...key.provenance, ...c.provenance] }));
  }
  variable(name, env, depth) {
    const module = env.module;
    return this.guarded(`var.${name}`, module, () => {
      const input2 = module.moduleInputs?.get(name);
      const parent = module.parent;
      if (input2 && parent) {
        return withStep2(
          (v) => settled(v) ? `${module.modulePath ?? "the module call"} sets ${name} = ${show(v)}` : void 0,
          this.node(input2.value, { module: parent, file: input2.file }, depth)
        );
      }
      const set = module.tfvars.get(name);
      if (set) return withStep2((v) => settled(v) ? `${basename(set.file)} sets ${name} = ${show(v)}` : void 0, this.node(set.value, { module, file: set.file }, depth));
      const variable4 = module.variables.get(name);
      if (!variable4) return [unknown2(`variable ${name} is not declared`)];
      if (!variable4.default) return [unknown2(`variable ${name} has no default and no value in terraform.tfvars or *.auto.tfvars`)];
      return withStep2((v) => settled(v) ? `variable ${name} defaults to ${show(v)}` : void 0, this.node(variable4.default, { module, file: variable4.file }, depth));
    });
  }
  local(name, env, depth) {
    const module = env.module;
    return this.guarded(`local.${name}`, module, () => {
      const local = module.locals.get(name);
      if (!local) return [unknown2(`local.${name} is not defined`)];
      return withStep2((v) => settled(v) ? `local.${name} = ${show(v)}` : void 0, this.node(local.value, { module, file: local.file }, depth));
    });
  }
  call(e, env, depth) {
    if (e.name === "try") return this.tryCall(e, env, depth);
    if (e.name === "can") return this.canCall(e, env, depth);
    const args = e.args.map((a) => this.expr(a, env, depth));
    const fn = FUNCTIONS2.get(e.name);
    if (!fn) return [unknown2(`function ${e.name}() is not evaluated`)];
    const src = this.src(e, env);
    const budget = newBudget();
    const call = {
      name: e.name,
      args: e.args,
      expandFinal: e.expandFinal,
      src,
      env,
      range: e.range,
      arg: (i) => args[i] ?? [],
      element: (v, key) => this.element(v, key, depth, src),
      alternatives: (i) => alternatives(args[i] ?? [], this, depth, budget)
    };
    return distinct2(fn(call));
  }
  /** try(a, b, …): the possible values of the first argument that does not fail; those of `a` that fail fall through to `b`. */
  tryCall(e, env, depth) {
    const out = [];
    let failed;
    for (let i = 0; i < e.args.length; i++) {
      const vals = this.expr(e.args[i], env, depth);
      const ok2 = vals.filter((v) => !isError(v));
      const because2 = failed ? `${this.src(e.args[i - 1], env)} fails (${failed.reason}), try() gives ${this.src(e.args[i], env)}` : void 0;
      out.push(...because2 ? withStep2(() => because2, ok2) : ok2);
      failed = vals.find(isError);
      if (!failed) return distinct2(out);
    }
    if (failed) out.push({ ...errorVal(`${this.src(e, env)}: no argument could be evaluated (${failed.reason})`), provenance: [] });
    return distinct2(out);
  }
  /** can(x): whether `x` evaluates without an error, per possible value. */
  canCall(e, env, depth) {
    if (e.args.length !== 1) return [errorVal(`${this.src(e, env)}: can() takes one argument`)];
    return distinct2(this.expr(e.args[0], env, depth).map((v) => isError(v) ? value(false, [`${this.src(e.args[0], env)} fails (${v.reason})`]) : v.kind === "unknown" ? v : value(true, v.provenance)));
  }
  /** `[for k, v in coll : value if cond]` and `{for k, v in coll : key => value... if cond}` over a resolved collection. */
  forExpr(e, env, depth) {
    const src = this.src(e, env);
    const budget = newBudget();
    const out = [];
    for (const coll of alternatives(this.expr(e.collection, env, depth), this, depth, budget)) {
      if (coll.error !== void 0) {
        out.push({ ...errorVal(coll.error), provenance: coll.provenance });
        continue;
      }
      const elements = iterationOf(coll.value);
      if (!elements) {
        const v = coll.value;
        out.push(typeof v === "object" && v !== null && v.kind === "unknown" ? { ...unknown2(`${src}: ${v.reason}`), provenance: coll.provenance } : errorVal(`${src}: cannot iterate over ${show(toVal(v, [], env, e.range))}`));
        continue;
      }
      if (elements.length > MAX_ITEMS) {
        out.push(unknown2(`${src}: more than ${MAX_ITEMS} elements`));
        continue;
      }
      const parts = [];
      for (const [k, v] of elements) {
        const bindings = new Map(env.bindings ?? []);
        if (e.keyVar) bindings.set(e.keyVar.name, toVal(k, [], env, e.range));
        bindings.set(e.valueVar.name, toVal(v, [], env, e.range));
        const inner = { ...env, bindings };
        const conds = e.condition ? alternatives(this.expr(e.condition, inner, depth), this, depth, budget) : [{ value: true, provenance: [] }];
        const choices = [];
        for (const c of conds) {
          if (c.error !== void 0 || typeof c.value === "object" && c.value !== null) {
            choices.push({ value: unknownValue(c.error ?? `${src}: the condition is ${typeof c.value === "object" && c.value?.kind === "unknown" ? c.value.reason : "not a boolean"}`), provenance: c.provenance, ...c.error ? { error: c.error } : {} });
            continue;
          }
          const b = c.value === null ? void 0 : asBoolean(c.value);
          if (b === void 0) {
            choices.push({ value: unknownValue(`${src}: the condition is not a boolean`), provenance: c.provenance, error: `${src}: the condition is not a boolean` });
            continue;
          }
          if (!b) {
            choices.push({ value: SKIP, provenance: c.provenance });
            continue;
          }
          const values = alternatives(this.expr(e.value, inner, depth), this, depth, budget);
          const keys = e.key ? alternatives(this.expr(e.key, inner, depth), this, depth, budget) : [{ value: null, provenance: [] }];
          for (const [kk, vv] of product([keys, values])) {
            const error = kk.error ?? vv.error;
            const pair = list([kk.value, vv.value]);
            choices.push({ value: pair, provenance: union(c.provenance, [...kk.provenance, ...vv.provenance]), ...error !== void 0 ? { error } : {} });
          }
        }
        parts.push(choices);
      }
      for (const combo of product(parts)) out.push(this.forResult(e, combo, env, src));
    }
    return distinct2(out);
  }
  /** One outcome of a `for` expression from the [key, value] pairs its elements gave. */
  forResult(e, combo, env, src) {
    const provenance2 = union([], combo.flatMap((a) => a.provenance));
    const failed = combo.find((a) => a.error !== void 0);
    if (failed) return { ...errorVal(failed.error), provenance: provenance2 };
    const open2 = combo.find((a) => a.value !== SKIP && !isList(a.value));
    if (open2) return { ...unknown2(`${src}: ${typeof open2.value === "object" && open2.value?.kind === "unknown" ? open2.value.reason : "an element is unknown"}`), provenance: provenance2 };
    const pairs = combo.filter((a) => a.value !== SKIP).map((a) => a.value.items);
    if (!e.key) return toVal(list(pairs.map(([, v]) => v)), provenance2, env, e.range);
    const entries = /* @__PURE__ */ new Map();
    for (const [k, v] of pairs) {
      if (typeof k === "object" && k !== null && k.kind === "unknown") return { ...unknown2(`${src}: a key is unknown (${k.reason})`), provenance: provenance2 };
      if (k === null || typeof k === "object") return { ...errorVal(`${src}: a key must be a string, not ${k === null ? "null" : "a collection"}`), provenance: provenance2 };
      const key = String(k);
      if (e.grouping) {
        const group = entries.get(key);
        if (group && typeof group === "object" && group !== null && group.kind === "list") group.items.push(v);
        else entries.set(key, list([v]));
      } else if (entries.has(key)) {
        return { ...errorVal(`${src}: duplicate key ${JSON.stringify(key)} (use ... to group)`), provenance: provenance2 };
      } else entries.set(key, v);
    }
    return toVal(object(entries), provenance2, env, e.range);
  }
  conditional(e, env, depth) {
    const conds = this.expr(e.condition, env, depth);
    const bools = conds.map((c) => c.kind === "value" && c.value !== null ? asBoolean(c.value) : void 0);
    const cond = this.src(e.condition, env);
    if (bools.every((b) => b === true) || bools.every((b) => b === false)) {
      const chosen = bools[0] ? e.then : e.else;
      const because2 = conds[0].provenance.length > 0 ? ` (${conds[0].provenance.join(", ")})` : "";
      return withStep2(() => `${cond} is ${String(bools[0])}${because2}`, this.expr(chosen, env, depth));
    }
    return distinct2([
      ...withStep2(() => `when ${cond} is true`, this.expr(e.then, env, depth)),
      ...withStep2(() => `when ${cond} is false`, this.expr(e.else, env, depth))
    ]);
  }
  binary(e, env, depth) {
    const left = this.expr(e.left, env, depth);
    const right = this.expr(e.right, env, depth);
    const logical = e.op === "&&" || e.op === "||";
    const src = this.src(e, env);
    if (!logical && e.op !== "==" && e.op !== "!=") return [unknown2(`${src} is not evaluated (operator ${e.op})`)];
    const out = [];
    for (const a of left) {
      for (const b of right) {
        const provenance2 = [...a.provenance, ...b.provenance];
        if (a.kind === "unknown" || b.kind === "unknown") {
          out.push({ ...unknown2(`${src}: ${a.kind === "unknown" ? a.reason : b.reason}`), provenance: provenance2 });
          continue;
        }
        if (a.kind === "composite" || b.kind === "composite") {
          out.push({ ...unknown2(`${src} compares ${show(a)} with ${show(b)}`), provenance: provenance2 });
          continue;
        }
        const x = a.kind === "value" ? a.value : null;
        const y = b.kind === "value" ? b.value : null;
        if (!logical) {
          const eq = same(x, y);
          out.push(value(e.op === "==" ? eq : !eq, provenance2));
          continue;
        }
        const bx = x === null ? void 0 : asBoolean(x);
        const by = y === null ? void 0 : asBoolean(y);
        if (bx === void 0 || by === void 0) out.push({ ...unknown2(`${src}: not booleans`), provenance: provenance2 });
        else out.push(value(e.op === "&&" ? bx && by : bx || by, provenance2));
      }
    }
    return distinct2(out);
  }
  unary(e, env, depth) {
    const vals = this.expr(e.operand, env, depth);
    const src = this.src(e, env);
    return vals.map((v) => {
      if (v.kind === "unknown") return v;
      if (e.op === "-") {
        const n = v.kind === "value" && typeof v.value !== "boolean" && v.value !== null && v.value !== "" ? Number(v.value) : NaN;
        return Number.isNaN(n) ? { ...unknown2(`${src}: ${show(v)} is not a number`), provenance: v.provenance } : this.withNode(value(-n, v.provenance), e);
      }
      const b = v.kind === "value" && v.value !== null ? asBoolean(v.value) : void 0;
      return b === void 0 ? { ...unknown2(`${src}: ${show(v)} is not a boolean`), provenance: v.provenance } : value(!b, v.provenance);
    });
  }
  withNode(v, e) {
    return v.kind === "value" ? { ...v, node: { kind: "scalar", value: v.value, range: e.range, expr: e } } : v;
  }
};

// src/resolve/terraform-instances.ts
var MAX_INSTANCES = 256;
var bindingsOf = /* @__PURE__ */ new WeakMap();
var definitions = /* @__PURE__ */ new WeakMap();
var judged = /* @__PURE__ */ new WeakMap();
function instanceBindings(resource) {
  return bindingsOf.get(resource);
}
function definitionOf(resource) {
  return definitions.get(resource) ?? resource;
}
function terraformInstances(module) {
  let out = judged.get(module);
  if (out) return out;
  out = createsAnything(module) ? module.resources.flatMap(instancesOf) : [];
  judged.set(module, out);
  return out;
}
function instancesOf(resource) {
  const expansion = expand(resource.properties, { module: resource.template, file: resource.file });
  if (!expansion) return [resource];
  return expansion.map((instance) => {
    const r = { ...resource, name: `${resource.name}${instance.key}` };
    bindingsOf.set(r, instance.bindings);
    definitions.set(r, resource);
    return r;
  });
}
function createsAnything(module) {
  const instance = module;
  const parent = instance.parent;
  if (!parent || !module.modulePath) return true;
  if (!createsAnything(parent)) return false;
  const name = /module\.([^.[\]]+)$/.exec(module.modulePath)?.[1];
  const call = parent.moduleCalls?.find((c) => c.name === name);
  if (!call) return true;
  const expansion = expand(call.body, { module: parent, file: call.file });
  return expansion === void 0 || expansion.length > 0;
}
function expand(body, env) {
  const count = getEntry(body, "count");
  const forEach = getEntry(body, "for_each");
  if (!count && !forEach) return void 0;
  const ev = new Evaluator2();
  const range = (count ?? forEach).value.range;
  const alts = alternatives(ev.node((count ?? forEach).value, env, 0), ev, 0, newBudget());
  if (alts.some((a) => a.error !== void 0)) return void 0;
  if (count) {
    let max = 0;
    for (const a of alts) {
      const n = typeof a.value === "number" ? a.value : typeof a.value === "string" && /^\d+$/.test(a.value) ? Number(a.value) : void 0;
      if (n === void 0 || !Number.isInteger(n) || n < 0) return void 0;
      max = Math.max(max, n);
    }
    if (max > MAX_INSTANCES) return void 0;
    return Array.from({ length: max }, (_, i) => ({ key: `[${i}]`, bindings: /* @__PURE__ */ new Map([["count", toVal(object([["index", i]]), [], env, range)]]) }));
  }
  const out = [];
  for (const a of alts) {
    const pairs = eachPairs(a.value);
    if (!pairs) return void 0;
    for (const [key, value2] of pairs) {
      if (out.length >= MAX_INSTANCES) return void 0;
      const each = toVal(object([["key", key], ["value", value2]]), a.provenance, env, range);
      out.push({ key: `[${JSON.stringify(key)}]`, bindings: /* @__PURE__ */ new Map([["each", each]]) });
    }
  }
  return out;
}
function eachPairs(v) {
  if (isObject(v)) {
    const keys = sortedKeys(v);
    return keys.some((k) => v.entries.get(k) === void 0) ? void 0 : keys.map((k) => [k, v.entries.get(k)]);
  }
  if (isList(v)) {
    if (!v.items.every((x) => typeof x === "string" || typeof x === "number")) return void 0;
    const keys = [...new Set(v.items.map(String))];
    return keys.map((k) => [k, k]);
  }
  return void 0;
}

// src/resolve/terraform.ts
var terraformResolver = {
  resolve(resource, node) {
    if (!node) return [{ kind: "absent", provenance: [] }];
    return new Evaluator2().node(node, envOf(resource), 0).map(toPossibility2);
  },
  referencedResources(resource, node) {
    if (!node) return [];
    const ev = new Evaluator2();
    ev.node(node, envOf(resource), 0);
    return [...ev.refs];
  }
};
function envOf(resource) {
  const bindings = instanceBindings(resource);
  return bindings ? { module: resource.template, file: resource.file, bindings } : { module: resource.template, file: resource.file };
}
function toPossibility2(v) {
  if (v.kind !== "composite") return v;
  return { kind: "unknown", reason: v.node.kind === "map" ? "an object, not a single value" : "a list, not a single value", provenance: v.provenance, node: v.node };
}

// src/resolve/index.ts
function resolverFor(resource) {
  if (resource.format === "cloudformation") return cloudFormationResolver;
  return isPlanModule(resource.template) ? planResolver : terraformResolver;
}
function resolveValue(resource, node) {
  return resolverFor(resource).resolve(resource, node);
}
function referencedResources(resource, node) {
  return resolverFor(resource).referencedResources(resource, node);
}
function resourcesToJudge(template) {
  if (template.format === "cloudformation" || isPlanModule(template)) return template.resources;
  return terraformInstances(template);
}

// src/adapters/aws/rds/cloudformation.ts
var cloudFormationRds = {
  kinds: { "AWS::RDS::DBInstance": "instance", "AWS::RDS::DBCluster": "cluster" },
  keys: {
    iamAuthentication: "EnableIAMDatabaseAuthentication",
    deletionProtection: "DeletionProtection",
    engine: "Engine",
    engineVersion: "EngineVersion",
    clusterId: "DBClusterIdentifier",
    replicaSource: "SourceDBInstanceIdentifier",
    snapshot: "DBSnapshotIdentifier"
  },
  defaultEngine: {},
  container: "template",
  /** A `Properties` that is one `Fn::If` is the union of its branches (SPEC §1); undefined when some branch is not a mapping. */
  variants(resource) {
    const raw = resource.rawProperties;
    if (!raw) return void 0;
    const variants = [];
    for (const p of resolveValue(resource, raw)) {
      const branch = p.provenance.join(", ");
      if (p.kind === "absent") variants.push({ properties: { kind: "map", entries: [], range: raw.range }, branch });
      else if (p.kind === "unknown" && isPlainMap(p.node)) variants.push({ properties: p.node, branch });
      else return void 0;
    }
    return variants.length > 0 ? variants : void 0;
  }
};
function isPlainMap(node) {
  if (!node || node.kind !== "map" || node.tag) return false;
  const only = node.entries.length === 1 ? node.entries[0].key : void 0;
  return !(only === "Ref" || only?.startsWith("Fn::"));
}

// src/adapters/aws/rds/read.ts
init_node();
init_quote();
var MAX_REPLICA_DEPTH = 8;
var UNRESOLVABLE_BODY = "the Properties of the resource cannot be resolved statically";
function readDatabases(resource, format2) {
  const kind = format2.kinds[resource.type];
  if (!kind) return [];
  const variants = format2.variants?.(resource);
  if (variants) return variants.map((v) => readBody(resource, v.properties, kind, format2, v.branch));
  return [readBody(resource, resource.properties, kind, format2)];
}
function readBody(resource, properties, kind, format2, variant) {
  const { keys } = format2;
  const opaque = resource.rawProperties !== void 0 && variant === void 0;
  const setting = (key) => opaque ? unresolvableSetting(resource, key) : readSetting(resource, properties, key);
  return {
    kind,
    resource,
    ...variant !== void 0 ? { variant } : {},
    clusterMember: kind === "instance" && isSet(resource, getEntry(properties, keys.clusterId)?.value),
    engines: opaque ? [unknownEngine(UNRESOLVABLE_BODY)] : engines(resource, properties, kind, format2, 0),
    iamAuthentication: setting(keys.iamAuthentication),
    deletionProtection: setting(keys.deletionProtection)
  };
}
function readSetting(resource, properties, key) {
  const entry = getEntry(properties, key);
  return { resource, key, ...entry ? { entry } : {}, values: resolveValue(resource, entry?.value).map(settingValue) };
}
function unresolvableSetting(resource, key) {
  return { resource, key, values: [{ source: "unknown", reason: UNRESOLVABLE_BODY, provenance: [] }] };
}
function settingValue(p) {
  const node = p.node ? { node: p.node } : {};
  if (p.kind === "unknown") return { source: "unknown", reason: p.reason, provenance: p.provenance, ...node };
  if (p.kind === "absent" || p.value === null) return { source: "absent", provenance: p.provenance, ...node };
  return { source: "explicit", value: p.value, provenance: p.provenance, ...node };
}
function unknownEngine(why) {
  return { why, versions: [], derived: false };
}
function isSet(resource, node) {
  if (!node) return false;
  return resolveValue(resource, node).some((p) => !(p.kind === "absent" || p.kind === "value" && p.value === null));
}
function provenance(p) {
  return p.provenance.length > 0 ? ` (${p.provenance.join(", ")})` : "";
}
function engines(resource, properties, kind, format2, depth) {
  const key = format2.keys.engine;
  const possibilities = resolveValue(resource, getEntry(properties, key)?.value);
  if (possibilities.length === 0) return [unknownEngine(`${key} has no possible value`)];
  return possibilities.flatMap((p) => {
    if (p.kind === "unknown") return [unknownEngine(`${key} cannot be resolved (${p.reason})`)];
    if (p.kind === "absent" || p.value === null) return engineWhenAbsent(resource, properties, kind, format2, depth);
    if (typeof p.value !== "string") return [unknownEngine(`${key} ${quote(p.value)} is not an engine name`)];
    return [{ name: p.value.trim().toLowerCase(), why: `${key} ${quote(p.value)}${provenance(p)}`, versions: versions(resource, properties, format2), derived: false }];
  });
}
function versions(resource, properties, format2) {
  const key = format2.keys.engineVersion;
  const entry = getEntry(properties, key);
  if (!entry) return [{ state: "absent" }];
  return resolveValue(resource, entry.value).map((p) => {
    if (p.kind === "absent" || p.kind === "value" && p.value === null) return { state: "absent" };
    if (p.kind === "unknown") return { state: "unknown", why: `${key} cannot be resolved (${p.reason})` };
    const version = String(p.value);
    return { state: "value", version, why: `${key} ${quote(version)}${provenance(p)}` };
  });
}
function engineWhenAbsent(resource, properties, kind, format2, depth) {
  const { keys } = format2;
  const fallback = format2.defaultEngine[kind];
  if (fallback) {
    const why = `${keys.engine} is not set: the provider default is ${fallback}`;
    return [{ name: fallback, why, derived: true, versions: versions(resource, properties, format2) }];
  }
  if (kind === "cluster") return [unknownEngine(`${keys.engine} is not set`)];
  const source = getEntry(properties, keys.replicaSource);
  if (source && isSet(resource, source.value)) {
    const sources3 = referencedResources(resource, source.value).filter(
      (r) => format2.kinds[r.type] === "instance" && r !== resource
    );
    if (sources3.length === 0 || depth >= MAX_REPLICA_DEPTH) {
      return [unknownEngine(`${keys.engine} is not set and ${keys.replicaSource} does not refer to a DB instance of this ${format2.container}`)];
    }
    return sources3.flatMap((src) => {
      const body = src.rawProperties ? void 0 : src.properties;
      const found = body ? engines(src, body, "instance", format2, depth + 1) : [unknownEngine(UNRESOLVABLE_BODY)];
      return found.map((e) => ({ ...e, why: `read replica of ${src.name}: ${e.why}`, derived: true }));
    });
  }
  const snapshot = getEntry(properties, keys.snapshot);
  if (snapshot && isSet(resource, snapshot.value)) {
    return [unknownEngine(`${keys.engine} is not set (restored from snapshot ${keys.snapshot}, engine unknown)`)];
  }
  return [unknownEngine(`${keys.engine} is not set`)];
}

// src/adapters/aws/rds/terraform.ts
var terraformRds = {
  kinds: { aws_db_instance: "instance", aws_rds_cluster: "cluster" },
  keys: {
    iamAuthentication: "iam_database_authentication_enabled",
    deletionProtection: "deletion_protection",
    engine: "engine",
    engineVersion: "engine_version",
    clusterId: "cluster_identifier",
    replicaSource: "replicate_source_db",
    snapshot: "snapshot_identifier"
  },
  // The AWS provider's default engine of aws_rds_cluster.
  defaultEngine: { cluster: "aurora" },
  container: "module"
};

// src/adapters/aws/rds/index.ts
var FORMATS = {
  cloudformation: cloudFormationRds,
  terraform: terraformRds
};
var RDS_DATABASE_TYPES = Object.values(FORMATS).flatMap((f) => Object.keys(f.kinds));
function rdsDatabases(resource) {
  return readDatabases(resource, FORMATS[resource.format]);
}

// rules/rds-030.docs.ts
var RDS_030_DETAILS = `The resources and settings it reads:

| format | resource type | setting |
|---|---|---|
| CloudFormation | \`AWS::RDS::DBInstance\` | \`EnableIAMDatabaseAuthentication\` |
| CloudFormation | \`AWS::RDS::DBCluster\` | \`EnableIAMDatabaseAuthentication\` |
| Terraform | \`aws_db_instance\` | \`iam_database_authentication_enabled\` |
| Terraform | \`aws_rds_cluster\` | \`iam_database_authentication_enabled\` |

for the engines that support it:

- DB instances: \`mysql\`, \`postgres\`, and \`mariadb\` when the engine version
  is absent or 10.11 or later (AWS offers IAM authentication for MariaDB 10.11,
  11.4 and 11.8, not for 10.4–10.6);
- DB clusters: \`aurora-mysql\`, \`aurora-postgresql\`, \`aurora\` (legacy), and
  \`mysql\`, \`postgres\` (Multi-AZ DB clusters). A Terraform \`aws_rds_cluster\`
  without \`engine\` is \`aurora\`, the provider default.

Engine names are compared case-insensitively (\`MySQL\` is \`mysql\`). A read
replica without an engine takes the engine of its source when the source is
an instance of the same template or module; the replica must still enable IAM
authentication itself.

Values are resolved statically: CloudFormation parameters (\`Default\`, else
\`AllowedValues\`), \`Fn::If\` (both branches; \`AWS::NoValue\` means "not set"),
\`Fn::FindInMap\`; Terraform \`terraform.tfvars\` / \`*.auto.tfvars\`, variable
defaults, locals and conditional expressions. \`"true"\` / \`"false"\` strings
count as booleans. A \`Properties\` that is one \`Fn::If\` is checked branch by
branch, and reported once. The verdict:

- the setting is \`true\` in every case: compliant;
- the setting is absent, \`null\`, or \`false\` in any case: **finding**;
- the setting cannot be resolved (a parameter without default, a resource
  attribute, a function call): no finding, unless \`--strict\`;
- the engine cannot be resolved (e.g. a restore from a snapshot without
  \`Engine\`): no finding, unless \`--strict\`;
- some possible engines support IAM authentication and others do not: finding,
  and the message says so.

A resource-level \`Condition\`, \`count\` or \`for_each\` does not change the
verdict: a definition that can create a non-compliant database is reported
once, at the definition. The finding points at the setting when it is
present, otherwise at the resource header, and the message says why, e.g.
\`EnableIAMDatabaseAuthentication is false (parameter IamAuth defaults to "false")\`.

### Scope notes

- \`aws_rds_cluster_instance\`, and DB instances that belong to a cluster
  (\`DBClusterIdentifier\` / \`cluster_identifier\` set) or run an \`aurora*\`
  engine, are never flagged: the setting is managed by the cluster and AWS
  rejects it on the instance.
- Oracle (\`oracle-*\`), SQL Server (\`sqlserver-*\`), Db2 (\`db2-*\`), RDS
  Custom (\`custom-*\`) and any other engine do not support IAM database
  authentication, so they are not applicable. Neither are MariaDB 10.4–10.6.
- Data sources and other services are not checked.
- The engine mode is not considered: an Aurora Serverless v1 cluster
  (\`EngineMode: serverless\`) is checked like any other Aurora cluster, as
  SPEC §1 lists engines only; Serverless v1 reached end of life in March 2025
  and its clusters become Serverless v2 or provisioned clusters, which
  support IAM database authentication.
- A read replica of a database outside the template or module, and a restore
  from a snapshot without an engine, have an unknown engine: reported only
  with \`--strict\`.
- Values that cannot be resolved statically are neither true nor false: they
  are reported only with \`--strict\`, whose message says what could not be
  resolved.
`;
var RDS_030_FIX_NOTES = `Then grant \`rds-db:connect\` to the IAM principals that connect, and create
the database users with the \`AWSAuthenticationPlugin\` (MySQL/MariaDB) or the
\`rds_iam\` role (PostgreSQL).
`;

// rules/rds-030.ts
var INSTANCE_ENGINES = /* @__PURE__ */ new Set(["mysql", "postgres", "mariadb"]);
var CLUSTER_ENGINES = /* @__PURE__ */ new Set(["aurora-mysql", "aurora-postgresql", "aurora", "mysql", "postgres"]);
var ENGINE_LABEL = {
  mysql: "MySQL",
  postgres: "PostgreSQL",
  mariadb: "MariaDB",
  aurora: "Aurora MySQL (legacy aurora)",
  "aurora-mysql": "Aurora MySQL",
  "aurora-postgresql": "Aurora PostgreSQL"
};
var KIND_LABEL = { instance: "DB instance", cluster: "DB cluster" };
function mariadbVersionApplies(version) {
  const m = /^\s*(\d+)(?:\.(\d+))?/.exec(version);
  if (!m) return void 0;
  const major = Number(m[1]);
  if (major > 10) return true;
  if (major < 10) return false;
  if (m[2] === void 0) return void 0;
  return Number(m[2]) >= 11;
}
function judge(db, e) {
  const { name, why, derived } = e;
  if (!name) return [{ verdict: "unknown", why, derived }];
  const verdict = db.kind === "instance" ? name.startsWith("aurora") ? "out-of-scope" : INSTANCE_ENGINES.has(name) ? "applies" : "not-applicable" : CLUSTER_ENGINES.has(name) ? "applies" : "not-applicable";
  if (verdict !== "applies" || name !== "mariadb") return [{ verdict, engine: name, why, derived }];
  return e.versions.map((v) => {
    if (v.state === "absent") return { verdict: "applies", engine: name, why, derived };
    const vwhy = `${why}, ${v.why}`;
    const applies = v.state === "value" ? mariadbVersionApplies(v.version) : void 0;
    if (applies === void 0) {
      return { verdict: "unknown", engine: name, why: v.state === "value" ? `${vwhy} is not a version this rule understands` : vwhy, derived };
    }
    return { verdict: applies ? "applies" : "not-applicable", engine: name, why: vwhy, derived };
  });
}
function unique(texts) {
  return [...new Set(texts)].join("; ");
}
function label(engines2) {
  const seen = [...new Set(engines2.map((e) => e.engine ? ENGINE_LABEL[e.engine] ?? e.engine : "unknown"))];
  return seen.length <= 1 ? seen[0] ?? "unknown" : `${seen.slice(0, -1).join(", ")} or ${seen[seen.length - 1]}`;
}
var SETTING_STATE = { false: "is false", mayBeFalse: "is possibly false", notSet: "is not set", mayBeUnset: "is possibly unset", unknown: "cannot be resolved" };
function judgeDatabase(db) {
  if (db.clusterMember) return void 0;
  const engines2 = db.engines.flatMap((e) => judge(db, e));
  const applicable = engines2.filter((o) => o.verdict === "applies");
  const unknown3 = engines2.filter((o) => o.verdict === "unknown");
  if (applicable.length === 0 && unknown3.length === 0) return void 0;
  const setting = db.iamAuthentication;
  const verdict = enablement(setting);
  if (verdict.state === "enabled") return void 0;
  const at = setting.entry ? { entry: setting.entry } : {};
  const base = { setting: setting.key, kind: KIND_LABEL[db.kind], branch: db.variant ?? "" };
  if (applicable.length === 0) {
    const settingReason = verdict.state === "unknown" ? verdict.reason : "";
    const data2 = { ...base, state: SETTING_STATE[verdict.state], settingReason, reason: unique(unknown3.map((o) => o.why)) };
    return { ...at, messageId: "engineUnknown", data: data2 };
  }
  const derived = unique(applicable.filter((o) => o.derived).map((o) => o.why));
  const data = { ...base, engine: label(applicable), derived, others: unique(engines2.filter((o) => o.verdict !== "applies").map((o) => o.why)) };
  if (verdict.state === "unknown") return { ...at, messageId: "settingUnknown", data: { ...data, reason: verdict.reason } };
  return { ...at, messageId: verdict.state, data: { ...data, because: verdict.value.provenance.join(", ") } };
}
function check(resource, ctx) {
  const judged2 = rdsDatabases(resource).flatMap((db) => {
    const report = judgeDatabase(db);
    return report ? [{ db, report }] : [];
  });
  const chosen = judged2.find((j) => !STRICT_ONLY.includes(j.report.messageId)) ?? judged2[0];
  if (chosen) ctx.report({ ...chosen.report, resource, ...fixOf(resource, chosen.db, chosen.report.messageId, ctx) });
}
function fixOf(resource, db, messageId, ctx) {
  const offer = ctx.fixSettingToTrue(resource, db.iamAuthentication.key);
  if (messageId !== "engineUnknown" || "noFix" in offer) return offer;
  const description = `${offer.fix.description} (the engine cannot be resolved: check that it supports IAM database authentication)`;
  return { fix: { ...offer.fix, description, applicability: "unsafe" } };
}
var STRICT_ONLY = ["settingUnknown", "engineUnknown"];
var NOTES = "{{#derived}} ({{derived}}){{/derived}}{{#others}} (reported because some possible engines support IAM database authentication; others do not or are unknown: {{others}}){{/others}}{{#branch}} (Properties: {{branch}}){{/branch}}";
var BECAUSE = "{{#because}} ({{because}}){{/because}}";
var rds030 = {
  meta: {
    id: "RDS-030",
    name: "rds-iam-database-authentication-disabled",
    title: "RDS database without IAM database authentication",
    severity: "medium",
    description: "Flags Amazon RDS DB instances (MySQL, PostgreSQL, MariaDB 10.11+) and DB clusters (Aurora MySQL, Aurora PostgreSQL, Multi-AZ MySQL/PostgreSQL) whose IAM database authentication setting is not enabled: EnableIAMDatabaseAuthentication in CloudFormation, iam_database_authentication_enabled in Terraform.",
    rationale: "IAM database authentication lets applications connect with a short-lived (15-minute) token issued through IAM instead of a long-lived password stored in configuration. Access is then granted and revoked centrally with IAM policies, connections are encrypted with SSL/TLS, and credentials are not embedded in code. It does not disable password authentication.",
    remediation: {
      cloudformation: "Set `EnableIAMDatabaseAuthentication: true` on the `AWS::RDS::DBInstance` or `AWS::RDS::DBCluster` (for a DB instance that belongs to a cluster, set it on the cluster).",
      terraform: "Set `iam_database_authentication_enabled = true` on the `aws_db_instance` or `aws_rds_cluster` (not on `aws_rds_cluster_instance`).",
      cli: "aws rds modify-db-instance --db-instance-identifier <id> --enable-iam-database-authentication --apply-immediately\naws rds modify-db-cluster --db-cluster-identifier <id> --enable-iam-database-authentication --apply-immediately",
      notes: RDS_030_FIX_NOTES
    },
    details: RDS_030_DETAILS,
    examples: { bad: "remediation-mysql-missing", good: "remediation-mysql" },
    compliance: ["APRA", "MAS", "NIST4", "AWS Well-Architected: Security"],
    tags: [
      "security",
      "aws",
      "rds",
      "iam",
      "authentication",
      "cloudformation",
      "terraform",
      "compliance:APRA",
      "compliance:MAS",
      "compliance:NIST4",
      "well-architected:security"
    ],
    // Every finding is a resolved fact about a definition in the file (the setting is
    // absent or resolves to false for an engine that supports IAM auth); guesses are
    // left to --strict. Hence very-high precision.
    precision: "very-high",
    securitySeverity: "5.3",
    helpUri: "https://www.trendmicro.com/cloudoneconformity/knowledge-base/aws/RDS/iam-database-authentication.html",
    messages: {
      false: `{{setting}} is false${BECAUSE}; IAM database authentication is disabled on this {{engine}} {{kind}}${NOTES}`,
      mayBeFalse: `{{setting}} may be false${BECAUSE}; IAM database authentication can be disabled on this {{engine}} {{kind}}${NOTES}`,
      notSet: `{{setting}} is not set${BECAUSE}; {{engine}} {{kind}}s should enable IAM database authentication${NOTES}`,
      mayBeUnset: `{{setting}} may be unset${BECAUSE}; {{engine}} {{kind}}s should enable IAM database authentication${NOTES}`,
      settingUnknown: `{{setting}} cannot be resolved statically ({{reason}}); reported by --strict because IAM database authentication may be disabled on this {{engine}} {{kind}}${NOTES}`,
      engineUnknown: "the engine of this {{kind}} cannot be resolved statically ({{reason}}{{#branch}} (Properties: {{branch}}){{/branch}}) and {{setting}} {{state}}{{#settingReason}} ({{settingReason}}){{/settingReason}}; reported by --strict because IAM database authentication may apply"
    },
    strictOnlyMessages: STRICT_ONLY,
    resourceTypes: RDS_DATABASE_TYPES,
    // Safe: insert the setting or turn a literal false into true on the resource; unsafe: change a shared default.
    fixable: "unsafe"
  },
  check
};

// rules/index.ts
var registry = createRegistry([rds030]);
var allRules = registry.rules;
var selectRules = registry.select;
var unknownRuleIds = registry.unknownIds;
var findRule = registry.find;

// src/engine/severity.ts
var SECURITY_SEVERITY = { low: "2.0", medium: "5.5", high: "8.0", critical: "9.5" };
function withSeverities(rules, overrides) {
  if (!overrides || Object.keys(overrides).length === 0) return rules;
  const wanted = new Map(Object.entries(overrides).map(([id, severity]) => [id.toUpperCase(), severity]));
  return rules.map((rule) => {
    const severity = wanted.get(rule.meta.id.toUpperCase());
    if (!severity || severity === rule.meta.severity) return rule;
    const meta = { ...rule.meta, severity, securitySeverity: SECURITY_SEVERITY[severity] };
    return { meta, check: rule.check.bind(rule) };
  });
}

// src/engine/suppressions.ts
init_node();
var MARKER = "iac-lint:ignore";
var DIRECTIVE = /^\s*iac-lint:ignore(?![\w:-])[ \t]*(.*)$/s;
var RULE_ID = /^[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9]+$/;
function parseDirective(text) {
  const m = DIRECTIVE.exec(text.replace(/\s*\*\/\s*$/, ""));
  if (!m) return void 0;
  let rest = m[1].trim();
  const ruleIds = [];
  for (; ; ) {
    const word = /^([^\s,]+)(\s*,\s*)?/.exec(rest);
    if (!word || !RULE_ID.test(word[1])) break;
    ruleIds.push(word[1].toUpperCase());
    rest = rest.slice(word[0].length).trimStart();
    if (!word[2]) break;
  }
  return { ruleIds, reason: rest.replace(/\s+/g, " ").trim() };
}
function commentsOf(template, file) {
  if (template.format === "cloudformation") return template.comments ?? [];
  return template.comments?.get(file) ?? [];
}
function textOf(template, file) {
  return template.format === "cloudformation" ? template.text : template.files.get(file);
}
function collectDirectives(templates) {
  const directives = [];
  const byResource = /* @__PURE__ */ new Map();
  const tie = (d, resource) => {
    if (!resource) return;
    d.resources.push(resource);
    let list2 = byResource.get(resource);
    if (!list2) byResource.set(resource, list2 = []);
    list2.push(d);
  };
  const written = /* @__PURE__ */ new Map();
  for (const template of templates) {
    const files = template.format === "cloudformation" ? [template.file] : [...template.files.keys()];
    for (const file of files) {
      const text = textOf(template, file);
      if (text === void 0 || !text.includes(MARKER)) continue;
      const comments = commentsOf(template, file);
      if (comments.length === 0) continue;
      const resources = template.resources.filter((r) => r.file === file).sort((a, b) => a.range.start.offset - b.range.start.offset);
      const owners = ownersOf(comments, resources, text, template.format === "cloudformation");
      comments.forEach((comment, i) => {
        const parsed = comment.text.includes(MARKER) ? parseDirective(comment.text) : void 0;
        if (!parsed) return;
        const key = `${file}\0${comment.range.start.offset}`;
        let d = written.get(key);
        if (!d) {
          d = { file, via: "comment", ...parsed, range: comment.range, resources: [] };
          written.set(key, d);
          directives.push(d);
        }
        tie(d, owners[i]);
      });
    }
    for (const resource of template.resources) {
      for (const d of metadataDirectives(resource)) {
        directives.push(d);
        tie(d, resource);
      }
    }
  }
  return { directives, byResource };
}
function ownersOf(comments, resources, text, yaml) {
  const owners = new Array(comments.length);
  for (const resource of resources) {
    const key = resource.range.start;
    let end = resource.extent.end.offset;
    let i = firstAtOrAfter(comments, resource.extent.start.offset);
    for (; i < comments.length; i++) {
      const c = comments[i].range;
      if (c.start.offset >= end) {
        if (!yaml || c.start.column <= key.column || !blank(text, end, c.start.offset)) break;
        end = c.end.offset;
      }
      if (yaml && c.start.line > key.line && c.start.column <= key.column && onlyOnLine(text, c)) continue;
      owners[i] ??= resource;
    }
    let line = key.line - 1;
    for (let j = firstAtOrAfter(comments, key.offset) - 1; j >= 0; j--) {
      const c = comments[j].range;
      if (c.end.line !== line || owners[j] || !onlyOnLine(text, c)) break;
      if (yaml && c.start.column > key.column) break;
      owners[j] = resource;
      line = c.start.line - 1;
    }
  }
  return owners;
}
function firstAtOrAfter(comments, offset) {
  let lo = 0;
  let hi = comments.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (comments[mid].range.start.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function blank(text, from, to) {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}
function onlyOnLine(text, range) {
  for (let i = range.start.offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c !== 32 && c !== 9) return false;
  }
  for (let i = range.end.offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
function metadataDirectives(resource) {
  const ignore = get(asMap(get(resource.metadata, "iac-lint")), "ignore");
  if (!ignore) return [];
  const items = ignore.kind === "seq" ? ignore.items : [ignore];
  const out = [];
  for (const item of items) {
    const base = { file: resource.file, via: "metadata", range: item.range, resources: [] };
    if (item.kind === "scalar" && typeof item.value === "string") {
      out.push({ ...base, reason: "", ruleIds: splitIds(item.value) });
      continue;
    }
    const id = get(item, "id");
    const reason = get(item, "reason");
    out.push({
      ...base,
      reason: reason && reason.kind === "scalar" && reason.value !== null ? String(reason.value) : "",
      ruleIds: id && id.kind === "scalar" && typeof id.value === "string" ? splitIds(id.value) : []
    });
  }
  return out;
}
function splitIds(value2) {
  return value2.split(",").map((s) => s.trim().toUpperCase()).filter(Boolean);
}
function directiveFor(directives, ruleId) {
  const id = ruleId.toUpperCase();
  return directives?.find((x) => x.ruleIds.includes(id));
}
function suppressionOf(d) {
  return { via: d.via, reason: d.reason, range: d.range };
}
function directiveWarnings(directives, use) {
  const out = [];
  const warn = (d, code, message) => {
    out.push({ file: d.file, severity: "warning", code, message, range: d.range });
  };
  for (const d of directives) {
    const written = d.via === "comment" ? MARKER : "Metadata iac-lint ignore";
    if (d.ruleIds.length === 0) {
      const how = d.via === "comment" ? "iac-lint:ignore RDS-030 reason" : "{id: RDS-030, reason: …}";
      warn(d, "suppression-without-rule", `${written} names no rule, so it suppresses nothing: write the rule id, then the reason (${how})`);
      continue;
    }
    for (const id of d.ruleIds) {
      if (!use.known.has(id)) {
        const near = [...use.known].find((k) => distance(k, id) <= 2);
        warn(d, "suppression-unknown-rule", `${written} names unknown rule ${id}${near ? ` (did you mean ${near}?)` : ""}`);
      } else if (use.ran.has(id) && !use.used(d, id)) {
        const why = d.resources[0] ? `${d.resources[0].name} has no ${id} finding` : "it is not inside or directly above a resource";
        warn(d, "unused-suppression", `${written} ${id} suppresses nothing: ${why}; remove it`);
      }
    }
  }
  return out;
}
var UNUSED = / (\S+) suppresses nothing: /;
function unusedSuppressionRule(d) {
  return d.code === "unused-suppression" ? UNUSED.exec(d.message)?.[1] : void 0;
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}

// src/lint/run.ts
init_quote();

// src/discover/read.ts
import { closeSync, constants as constants2, fstatSync, lstatSync, openSync, readSync } from "node:fs";

// src/discover/file-error.ts
function describeFileError(error) {
  const code = error?.code ?? "EUNKNOWN";
  const text = WORDS[code] ?? (error instanceof Error ? error.message : String(error));
  return { code, text };
}
var WORDS = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ELOOP: "too many levels of symbolic links (a symbolic link loop)",
  EISDIR: "is a directory",
  ENOTDIR: "a path component is not a directory",
  EMFILE: "too many open files",
  ENAMETOOLONG: "file name too long",
  EIO: "input/output error"
};

// src/discover/read.ts
var DEFAULT_MAX_FILE_SIZE_MB = 10;
async function readSourceFile(abs, file, maxBytes, boundary) {
  const refused = refusal(boundary, abs, file);
  if (refused) return { ok: false, reason: "outside", diagnostic: refused };
  let bytes;
  try {
    const fd = openSync(abs, constants2.O_RDONLY | constants2.O_NONBLOCK);
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile()) {
        return fail2("not-a-file", file, "error", "not-a-file", "skipped: not a regular file (FIFO, socket or device)");
      }
      if (stats.size > maxBytes) {
        return fail2("too-large", file, "warning", "file-too-large", `skipped: ${sizeOverLimit(stats.size, maxBytes)}; raise the limit with --max-file-size`);
      }
      bytes = readAll(fd, stats.size);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const { code, text } = describeFileError(error);
    if (code === "ENOENT" && !isSymbolicLink(abs)) {
      return fail2("unreadable", file, "error", "not-found", "cannot read: the file no longer exists (deleted during the run?)");
    }
    const diagnosticCode = code === "ENOENT" || code === "ELOOP" ? "broken-symlink" : "unreadable";
    const what = diagnosticCode === "broken-symlink" && code === "ENOENT" ? "broken symbolic link (its target does not exist)" : text;
    return fail2("unreadable", file, "error", diagnosticCode, `cannot read: ${what}`);
  }
  if (bytes.includes(0)) {
    return fail2("binary", file, "warning", "binary-file", "skipped: binary file (contains NUL bytes)");
  }
  return decode(bytes, file);
}
function isSymbolicLink(abs) {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}
function readAll(fd, size) {
  const buffer = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const n = readSync(fd, buffer, offset, size - offset, offset);
    if (n === 0) break;
    offset += n;
  }
  return offset === size ? buffer : buffer.subarray(0, offset);
}
function fail2(reason, file, severity, code, message) {
  return { ok: false, reason, diagnostic: { file, severity, code, message } };
}
function sizeOverLimit(size, maxBytes) {
  const limit = formatMegabytes(maxBytes);
  const actual = formatMegabytes(size);
  return limit !== actual ? `larger than ${limit} MB (${actual} MB)` : `larger than ${limit} MB = ${Math.floor(maxBytes)} bytes (${size} bytes)`;
}
function formatMegabytes(bytes) {
  return String(Number((bytes / (1024 * 1024)).toPrecision(3)));
}
var strict = new TextDecoder("utf-8", { fatal: true });
var lenient = new TextDecoder("utf-8");
function decode(bytes, file) {
  try {
    return { ok: true, text: strict.decode(bytes), diagnostics: [] };
  } catch {
    const text = lenient.decode(bytes);
    const bad = firstInvalidByte(bytes);
    const before = lenient.decode(bytes.subarray(0, bad));
    const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
    let line = 1;
    for (let i = 0; i < before.length; i++) {
      const c = before.charCodeAt(i);
      if (c === 10 || c === 13 && before.charCodeAt(i + 1) !== 10) line++;
    }
    const column = before.length - lineStart + 1;
    const start = { line, column, offset: before.length };
    const end = { line, column: column + 1, offset: before.length + 1 };
    return {
      ok: true,
      text,
      diagnostics: [
        {
          file,
          severity: "error",
          code: "invalid-utf8",
          message: `invalid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, "0")} at byte offset ${bad}); invalid bytes were replaced with U+FFFD`,
          range: { start, end }
        }
      ]
    };
  }
}
function firstInvalidByte(bytes) {
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = lo + hi >> 1;
    if (decodesAsPrefix(bytes.subarray(0, mid))) lo = mid;
    else hi = mid;
  }
  let bad = lo;
  let lead = lo - 1;
  while (lead >= 0 && lo - lead <= 3 && (bytes[lead] & 192) === 128) lead--;
  if (lead >= 0 && bytes[lead] >= 192) {
    const length = bytes[lead] >= 240 ? 4 : bytes[lead] >= 224 ? 3 : 2;
    if (lead + length > lo) bad = lead;
  }
  return bad;
}
function decodesAsPrefix(prefix) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}

// src/discover/terraform-units.ts
import { readdir, stat as stat2 } from "node:fs/promises";
import { join as join2, resolve as resolve3 } from "node:path";

// src/discover/kinds.ts
var TERRAFORM = [".tf", ".tf.json"];
var TFVARS = [".tfvars", ".tfvars.json"];
var CLOUDFORMATION = [".yaml", ".yml", ".json", ".template"];
var EXTENSIONS = ["yaml", "yml", "json", "template", "tf", "tfvars"];
function kindOf(path) {
  const name = path.toLowerCase();
  if (TERRAFORM.some((ext) => name.endsWith(ext))) return "terraform";
  if (TFVARS.some((ext) => name.endsWith(ext))) return "tfvars";
  if (CLOUDFORMATION.some((ext) => name.endsWith(ext))) return "cloudformation";
  return void 0;
}

// src/discover/terraform-units.ts
async function terraformUnits(files, cwd) {
  const byDir = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (file.kind === "cloudformation") continue;
    const dir = dirOf(file.path);
    if (isUnderDotTerraform(dir)) continue;
    byDir.set(dir, [...byDir.get(dir) ?? [], file]);
  }
  const units = [];
  for (const [dir, members] of [...byDir].sort((a, b) => comparePaths(a[0], b[0]))) {
    const absDir = resolve3(cwd, dir);
    if (members.some((f) => f.walked)) {
      units.push({ dir, absDir, files: members.map(({ abs, path }) => ({ abs, path })) });
      continue;
    }
    const context = await listTerraformFiles(absDir, cwd);
    const named = members.filter((f) => !context.some((c) => c.abs === f.abs)).map(({ abs, path }) => ({ abs, path }));
    const files2 = [...context, ...named].sort((a, b) => comparePaths(a.path, b.path));
    if (members.some((f) => f.kind === "tfvars")) units.push({ dir, absDir, files: files2 });
    else units.push({ dir, absDir, files: files2, reportOnly: new Set(members.map((f) => f.path)) });
  }
  return units;
}
async function listTerraformFiles(absDir, cwd) {
  let entries;
  try {
    entries = await readdir(absDir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out = [];
  for (const entry of entries) {
    const kind = kindOf(entry.name);
    if (kind !== "terraform" && kind !== "tfvars") continue;
    const abs = join2(absDir, entry.name);
    const isFile = entry.isFile() || entry.isSymbolicLink() && await stat2(abs).then((s) => s.isFile(), () => true);
    if (isFile) out.push({ abs, path: relativePath(cwd, abs) });
  }
  return out.sort((a, b) => comparePaths(a.path, b.path));
}
function isUnderDotTerraform(dir) {
  return dir.split("/").includes(".terraform");
}

// src/discover/walk.ts
import { readdir as fsReaddir } from "node:fs";
import { lstat as lstat2, stat as stat3 } from "node:fs/promises";
import { join as join3, resolve as resolve4 } from "node:path";
var DEFAULT_EXCLUDES = [".git", "node_modules", ".terraform", "**/cdk.out/**/asset.*"];
async function discover(paths, options) {
  const { cwd } = options;
  const found = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const add = (abs, kind, how) => {
    const known = found.get(abs);
    const file = known ?? { abs, path: relativePath(cwd, abs), kind, explicit: false, walked: false };
    file[how] = true;
    found.set(abs, file);
  };
  const ignore = ignorePatterns(options.exclude ?? []);
  for (const given of paths) {
    const abs = resolve4(cwd, given);
    const shown2 = relativePath(cwd, abs) || ".";
    const target = await statFollowing(abs);
    if ("error" in target) {
      diagnostics.push({ file: shown2, severity: "error", code: target.code, message: target.error });
    } else if (target.stats.isDirectory()) {
      for (const walked of await walk(abs, cwd, ignore, diagnostics)) add(walked.abs, walked.kind, "walked");
    } else if (target.stats.isFile()) {
      if (options.exclude && options.exclude.length > 0 && await excludedByName(abs, cwd, ignore)) continue;
      add(abs, kindOf(abs) ?? "cloudformation", "explicit");
    } else {
      diagnostics.push({ file: shown2, severity: "error", code: "not-a-file", message: "skipped: not a regular file (FIFO, socket or device); it was not opened" });
    }
  }
  const files = [...found.values()].sort((a, b) => comparePaths(a.path, b.path));
  return { files, diagnostics };
}
async function excludedByName(abs, cwd, ignore) {
  const rel = relativePath(cwd, abs);
  if (rel === "" || !isInside(rel)) return false;
  const { default: fg } = await Promise.resolve().then(() => __toESM(require_out4(), 1));
  const kept = await fg(fg.escapePath(rel), { cwd, dot: true, onlyFiles: false, followSymbolicLinks: false, suppressErrors: true, caseSensitiveMatch: false, ignore });
  return kept.length === 0;
}
var PATH_MAX = 4096;
function reportingFileSystem(cwd, diagnostics) {
  const readdir2 = (path, options, callback) => {
    fsReaddir(path, options, (error, entries) => {
      if (error) {
        const { code, text } = describeFileError(error);
        const tooLong2 = code === "ENAMETOOLONG" || path.length >= PATH_MAX;
        diagnostics.push({
          file: relativePath(cwd, path) || ".",
          severity: "error",
          code: tooLong2 ? "path-too-long" : "unreadable-directory",
          message: tooLong2 ? `cannot read directory: its path is ${path.length} characters, longer than the system allows (${PATH_MAX}); its files were not linted` : `cannot read directory: ${text}; its files were not linted`
        });
      }
      callback(error, entries);
    });
  };
  return { readdir: readdir2 };
}
async function statFollowing(abs) {
  try {
    return { stats: await stat3(abs) };
  } catch (error) {
    const { code, text } = describeFileError(error);
    if (code === "ENOENT" || code === "ELOOP") {
      const link = await lstat2(abs).catch(() => void 0);
      if (link?.isSymbolicLink()) {
        return { error: `cannot read: broken symbolic link (${text})`, code: "broken-symlink" };
      }
      if (code === "ENOENT") return { error: "no such file or directory", code: "not-found" };
    }
    return { error: `cannot read: ${text}`, code: "unreadable" };
  }
}
async function walk(root2, cwd, ignore, diagnostics) {
  const { default: fg } = await Promise.resolve().then(() => __toESM(require_out4(), 1));
  const rel = relativePath(cwd, root2);
  const inside2 = isInside(rel);
  const base = inside2 ? cwd : root2;
  const prefix = inside2 && rel !== "" ? `${fg.escapePath(rel)}/` : "";
  const entries = await fg(`${prefix}**/*.{${EXTENSIONS.join(",")}}`, {
    cwd: base,
    dot: true,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    caseSensitiveMatch: false,
    ignore,
    fs: reportingFileSystem(cwd, diagnostics)
  });
  const out = [];
  for (const entry of entries) {
    const abs = join3(base, entry.path);
    const kind = kindOf(abs);
    if (!kind) continue;
    if (entry.dirent.isFile()) {
      out.push({ abs, kind });
    } else if (entry.dirent.isSymbolicLink()) {
      const target = await statFollowing(abs);
      if ("error" in target) {
        diagnostics.push({ file: relativePath(cwd, abs), severity: "error", code: target.code, message: target.error });
      } else if (target.stats.isFile()) {
        out.push({ abs, kind });
      }
    }
  }
  return out;
}
function ignorePatterns(exclude) {
  const patterns = [];
  for (const raw of [...DEFAULT_EXCLUDES, ...exclude]) {
    const anchored = raw.startsWith("./");
    const p = raw.replace(/^\.\/+/, "").replace(/\/+$/, "");
    if (p === "") continue;
    if (anchored || p.includes("/")) patterns.push(p, `${p}/**`);
    else patterns.push(`**/${p}`, `**/${p}/**`);
  }
  return patterns;
}

// src/lint/unit.ts
import { existsSync as existsSync5 } from "node:fs";
import { join as join6 } from "node:path";

// src/engine/runner.ts
init_node();

// src/fix/setting.ts
init_node();

// src/fix/cloudformation.ts
init_node();

// src/fix/mapping.ts
function isFlow(source, map) {
  return source.text[map.range.start.offset] === "{";
}
function keyLike(source, neighbour, key) {
  const q = source.text[neighbour.keyRange.start.offset];
  return q === '"' ? JSON.stringify(key) : q === "'" ? `'${key}'` : key;
}
function colonLike(source, neighbour) {
  const between = source.text.slice(neighbour.keyRange.end.offset, neighbour.value.range.start.offset);
  return /^[ \t]*:[ \t]*$/.test(between) ? between : ": ";
}
function addEntry(source, map, key, valueFor, edit) {
  const last = map.entries[map.entries.length - 1];
  if (!last) return { noFix: "the mapping is empty" };
  if (map.entries.some((e) => e.keyRange.start.offset < map.range.start.offset || e.value.range.end.offset > map.range.end.offset)) {
    return { noFix: "the mapping merges entries from a YAML alias" };
  }
  const k = keyLike(source, last, key);
  if (!isFlow(source, map)) {
    const indent3 = source.indentBefore(last.keyRange.start.offset);
    if (indent3 === void 0) return { noFix: "cannot tell the indentation of the mapping" };
    const value3 = valueFor(indent3, last, true);
    const line = "block" in value3 ? `${indent3}${k}:${source.eol}${value3.block}` : `${indent3}${k}${colonLike(source, last)}${"plain" in value3 ? value3.plain : value3.inline}`;
    return insertLineAfter(source, map.range.end.offset, line, edit);
  }
  const previous = map.entries[map.entries.length - 2];
  const between = previous ? source.text.slice(previous.value.range.end.offset, last.keyRange.start.offset) : void 0;
  const multiline = !source.sameLine(map.range.start.offset, last.keyRange.start.offset);
  let separator;
  if (between !== void 0 && /^[ \t]*,\s*$/.test(between)) separator = between;
  else if (multiline) {
    const indent3 = source.indentBefore(last.keyRange.start.offset);
    if (indent3 === void 0) return { noFix: "cannot tell the indentation of the mapping" };
    separator = `,${source.eol}${indent3}`;
  } else {
    separator = colonLike(source, last).endsWith(" ") ? ", " : ",";
  }
  const indent2 = source.lineIndent(last.keyRange.start.offset);
  const value2 = valueFor(indent2, last, multiline);
  const text = "plain" in value2 ? value2.plain : "inline" in value2 ? value2.inline : value2.block;
  return edit(last.value.range.end.offset, `${separator}${k}${colonLike(source, last)}${text}`);
}
function insertLineAfter(source, offset, line, edit) {
  const next = source.nextLineStart(offset);
  return next === void 0 ? edit(source.text.length, `${source.eol}${line}`) : edit(next, `${line}${source.eol}`);
}

// src/fix/source-text.ts
init_range();
var SourceText2 = class {
  constructor(text) {
    this.text = text;
    this.index = new LineIndex(text);
    const lf = text.indexOf("\n");
    this.eol = lf > 0 && text[lf - 1] === "\r" ? "\r\n" : "\n";
  }
  text;
  index;
  /** The file's line ending: the first one in the file (CRLF or LF; a bare CR counts as LF). */
  eol;
  /** Offset of the start of the line holding `offset`. */
  lineStart(offset) {
    return this.index.lineStart(this.index.position(offset).line);
  }
  /** Offset just before the line ending of the line holding `offset` (or the end of the text). */
  lineEnd(offset) {
    let i = offset;
    while (i < this.text.length && this.text[i] !== "\n" && this.text[i] !== "\r") i++;
    return i;
  }
  /** Offset of the start of the next line, or undefined when `offset` is on the last line. */
  nextLineStart(offset) {
    const end = this.lineEnd(offset);
    if (end >= this.text.length) return void 0;
    return this.text[end] === "\r" && this.text[end + 1] === "\n" ? end + 2 : end + 1;
  }
  /** The whitespace before `offset` on its line, when nothing else stands before it; else undefined. (Bounded by the indentation: a one-line file costs no more per call.) */
  indentBefore(offset) {
    let i = offset;
    while (i > 0 && (this.text[i - 1] === " " || this.text[i - 1] === "	")) i--;
    if (i > 0 && this.text[i - 1] !== "\n" && this.text[i - 1] !== "\r") return void 0;
    return this.text.slice(i, offset);
  }
  /** The leading whitespace of the line holding `offset`. */
  lineIndent(offset) {
    const start = this.lineStart(offset);
    let i = start;
    while (this.text[i] === " " || this.text[i] === "	") i++;
    return this.text.slice(start, i);
  }
  sameLine(a, b) {
    return this.index.position(a).line === this.index.position(b).line;
  }
  slice(range) {
    return this.text.slice(range.start.offset, range.end.offset);
  }
  /** An empty range at `offset` (an insertion point). */
  at(offset) {
    return this.index.range(offset, offset);
  }
  range(start, end) {
    return this.index.range(start, end);
  }
};
function deeper(indent2, outer, inner) {
  if (outer !== void 0 && inner !== void 0 && inner.startsWith(outer) && inner.length > outer.length) {
    return indent2 + inner.slice(outer.length);
  }
  return indent2 + (indent2.includes("	") ? "	" : "  ");
}
function trueLike(literal2) {
  const m = /^(["']?)(false|no|off)\1$/i.exec(literal2);
  if (!m) return void 0;
  const [, quote2, word] = m;
  const lower = word.toLowerCase();
  const replacement = lower === "false" ? "true" : lower === "no" ? "yes" : "on";
  const cased = word === word.toUpperCase() ? replacement.toUpperCase() : word[0] === word[0].toUpperCase() ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
  return `${quote2}${cased}${quote2}`;
}

// src/fix/cloudformation.ts
var sources = /* @__PURE__ */ new WeakMap();
function sourceOf(template) {
  let source = sources.get(template);
  if (!source) sources.set(template, source = new SourceText2(template.text));
  return source;
}
var definitions2 = /* @__PURE__ */ new WeakMap();
function definitionOf2(resource) {
  const template = resource.template;
  let byOffset = definitions2.get(template);
  if (!byOffset) {
    byOffset = /* @__PURE__ */ new Map();
    for (const e of asMap(get(template.root, "Resources"))?.entries ?? []) byOffset.set(e.keyRange.start.offset, e);
    definitions2.set(template, byOffset);
  }
  const entry = byOffset.get(resource.range.start.offset);
  const definition = entry?.key === resource.name ? asMap(entry.value) : void 0;
  return entry && definition ? { entry, definition } : void 0;
}
function within(node, outer) {
  return node.range.start.offset >= outer.extent.start.offset && node.range.end.offset <= outer.extent.end.offset;
}
function insertCloudFormationProperty(resource, key, value2) {
  const template = resource.template;
  const source = sourceOf(template);
  const found = definitionOf2(resource);
  if (!found) return { noFix: "the resource definition was not found in the file" };
  const { definition } = found;
  if (!within(definition, resource)) return { noFix: "the resource is defined through a YAML alias" };
  const propertiesEntry = getEntry(definition, "Properties");
  const edit = (offset, text) => ({ edits: [{ file: resource.file, range: source.at(offset), text }] });
  if (!propertiesEntry) {
    return addEntry(source, definition, "Properties", (indent2, neighbour, multiline) => {
      const k = keyLike(source, neighbour, key);
      if (!isFlow(source, definition)) return { block: `${deeper(indent2, source.lineIndent(found.entry.keyRange.start.offset), indent2)}${k}: ${value2}` };
      if (!multiline) return { inline: `{${k}${colonLike(source, neighbour)}${value2}}` };
      const inner = deeper(indent2, source.lineIndent(found.entry.keyRange.start.offset), indent2);
      return { inline: `{${source.eol}${inner}${k}${colonLike(source, neighbour)}${value2}${source.eol}${indent2}}` };
    }, edit);
  }
  const properties = propertiesEntry.value;
  if (!within(properties, resource)) return { noFix: "Properties is a YAML alias of a mapping shared with other resources" };
  if (properties.kind === "scalar" && properties.value === null && !properties.tag && !isFlow(source, definition)) {
    const indent2 = source.indentBefore(propertiesEntry.keyRange.start.offset);
    if (indent2 === void 0) return { noFix: "cannot tell the indentation of Properties" };
    const line = `${deeper(indent2, source.lineIndent(found.entry.keyRange.start.offset), indent2)}${key}: ${value2}`;
    return insertLineAfter(source, propertiesEntry.keyRange.end.offset, line, edit);
  }
  if (properties.kind !== "map" || properties.tag || properties.entries.some((e) => e.key === "Fn::If")) {
    return { noFix: "Properties is not a plain mapping (an intrinsic function or a tag)" };
  }
  if (properties.entries.length === 0) {
    if (!isFlow(source, properties)) return { noFix: "Properties is empty" };
    const quote2 = source.text[found.entry.keyRange.start.offset] === '"' ? JSON.stringify(key) : key;
    return edit(properties.range.start.offset + 1, `${quote2}: ${value2}`);
  }
  return addEntry(source, properties, key, () => ({ plain: value2 }), edit);
}
function parameterOfDefault(template, node) {
  for (const [name, parameter] of template.parameters) {
    if (get(parameter, "Default") === node) return { name, parameter };
  }
  return void 0;
}
function mappingOfValue(template, node) {
  for (const [name, mapping] of template.mappings) {
    for (const top of mapping.entries) {
      for (const second of asMap(top.value)?.entries ?? []) {
        if (second.value === node) return `${name}[${top.key}][${second.key}]`;
      }
    }
  }
  return void 0;
}

// src/fix/terraform.ts
import { basename as basename2 } from "node:path";

// src/fix/hcl-body.ts
var IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
var HEREDOC2 = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y;
function readBlockBody(text, headerStart) {
  let i = headerStart;
  let open2 = -1;
  while (i < text.length) {
    const c = text[i];
    if (c === "{") {
      open2 = i;
      break;
    }
    if (c === '"') {
      const end = skipString(text, i);
      if (end === void 0) return void 0;
      i = end;
      continue;
    }
    if (c === "\n" || c === "#" || c === "=") return void 0;
    i++;
  }
  if (open2 < 0) return void 0;
  const items = [];
  const brackets = [];
  let item;
  let lineStart = true;
  i = open2 + 1;
  while (i < text.length) {
    const c = text[i];
    if (lineStart && brackets.length === 0) {
      if (c === " " || c === "	" || c === "\r" || c === "\n") {
        i++;
        continue;
      }
      if (c === "}") return { open: open2, close: i, items };
      if (c === "#" || c === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) {
        i = skipComment(text, i);
        continue;
      }
      IDENT.lastIndex = i;
      const m = IDENT.exec(text);
      if (!m) return void 0;
      let j = i + m[0].length;
      while (text[j] === " " || text[j] === "	") j++;
      item = text[j] === "=" && text[j + 1] !== "=" ? { kind: "attribute", name: m[0], start: i, equals: j, end: j } : { kind: "block", name: m[0], start: i, end: j };
      items.push(item);
      lineStart = false;
      i = item.kind === "attribute" ? j + 1 : j;
      continue;
    }
    if (c === "\n" || c === "\r") {
      if (brackets.length === 0) {
        if (item) item.end = i;
        item = void 0;
        lineStart = true;
      }
      i++;
      continue;
    }
    if (c === '"') {
      const end = skipString(text, i);
      if (end === void 0) return void 0;
      i = end;
      continue;
    }
    if (c === "#" || c === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) {
      i = skipComment(text, i);
      continue;
    }
    if (c === "<" && text[i + 1] === "<") {
      HEREDOC2.lastIndex = i;
      const h = HEREDOC2.exec(text);
      if (h) {
        i = skipHeredoc(text, HEREDOC2.lastIndex, h[1]);
        continue;
      }
    }
    if (c === "{" || c === "[" || c === "(") brackets.push(c);
    else if (c === "}" || c === "]" || c === ")") {
      if (brackets.length === 0) {
        if (c !== "}") return void 0;
        if (item) item.end = i;
        return { open: open2, close: i, items };
      }
      brackets.pop();
    }
    i++;
  }
  return void 0;
}
function skipString(text, at) {
  const stack = ['"'];
  let i = at + 1;
  while (i < text.length && stack.length > 0) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (top === '"') {
      if (c === "\\") i += 2;
      else if (c === '"') {
        stack.pop();
        i++;
      } else if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") i += 3;
      else if ((c === "$" || c === "%") && text[i + 1] === "{") {
        stack.push("{");
        i += 2;
      } else if (c === "\n") return void 0;
      else i++;
    } else {
      if (c === '"') stack.push('"');
      else if (c === "{") stack.push("{");
      else if (c === "}") stack.pop();
      i++;
    }
  }
  return stack.length === 0 ? i : void 0;
}
function skipComment(text, at) {
  if (text[at] === "/" && text[at + 1] === "*") {
    const end = text.indexOf("*/", at + 2);
    return end < 0 ? text.length : end + 2;
  }
  let i = at;
  while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
  return i;
}
function skipHeredoc(text, from, marker) {
  let i = from;
  while (i < text.length) {
    let end = i;
    while (end < text.length && text[end] !== "\n") end++;
    const line = text.slice(i, end).replace(/\r$/, "");
    if (line.trim() === marker) return text[end - 1] === "\r" ? end - 1 : end;
    i = end + 1;
  }
  return text.length;
}

// src/fix/terraform.ts
var sources2 = /* @__PURE__ */ new WeakMap();
function terraformSourceOf(module, file) {
  let files = sources2.get(module);
  if (!files) sources2.set(module, files = /* @__PURE__ */ new Map());
  let source = files.get(file);
  if (!source) {
    const text = module.files.get(file);
    if (text === void 0) return void 0;
    files.set(file, source = new SourceText2(text));
  }
  return source;
}
function insertTerraformAttribute(resource, key, value2) {
  const module = resource.template;
  const source = terraformSourceOf(module, resource.file);
  if (!source) return { noFix: "the file of the resource is not part of the module read" };
  const edit = (offset, text) => ({ edits: [{ file: resource.file, range: source.at(offset), text }] });
  if (resource.file.endsWith(".json")) {
    const body2 = resource.properties;
    if (!isFlow(source, body2)) return { noFix: "the resource body is not a JSON object" };
    if (body2.entries.length === 0) return edit(body2.range.start.offset + 1, `${JSON.stringify(key)}: ${value2}`);
    return addEntry(source, body2, key, () => ({ plain: value2 }), edit);
  }
  const body = readBlockBody(source.text, resource.range.start.offset);
  if (!body) return { noFix: "the resource block could not be read for editing" };
  const headerIndent = source.lineIndent(resource.range.start.offset);
  const firstBlock = body.items.findIndex((item) => item.kind === "block");
  const before = firstBlock < 0 ? body.items : body.items.slice(0, firstBlock);
  const lastAttribute = before[before.length - 1];
  if (!lastAttribute) {
    const anchor = body.items[0];
    if (anchor) {
      const indent4 = source.indentBefore(anchor.start) ?? deeper(headerIndent, void 0, void 0);
      return edit(source.lineStart(anchor.start), `${indent4}${key} = ${value2}${source.eol}${source.eol}`);
    }
    const indent3 = deeper(headerIndent, void 0, void 0);
    if (source.sameLine(body.open, body.close)) return edit(body.close, `${source.eol}${indent3}${key} = ${value2}${source.eol}${headerIndent}`);
    return edit(source.lineStart(body.close), `${indent3}${key} = ${value2}${source.eol}`);
  }
  const indent2 = source.indentBefore(lastAttribute.start);
  if (indent2 === void 0) return { noFix: "the attributes of the resource do not start their lines" };
  if (source.sameLine(body.open, lastAttribute.start) || source.sameLine(lastAttribute.end, body.close)) {
    return { noFix: "the resource block is written on one line with its braces" };
  }
  const group = alignmentGroup(source, before);
  let line;
  if (group.aligned && key.length + indent2.length <= group.column) line = `${indent2}${key.padEnd(group.column - indent2.length)}= ${value2}`;
  else if (group.aligned && group.formatted) line = `${source.eol}${indent2}${key} = ${value2}`;
  else line = `${indent2}${key} = ${value2}`;
  const next = source.nextLineStart(lastAttribute.end);
  return next === void 0 ? edit(source.text.length, `${source.eol}${line}`) : edit(next, `${line}${source.eol}`);
}
function alignmentGroup(source, items) {
  const run = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item.kind !== "attribute" || !source.sameLine(item.start, item.end)) break;
    const previous = run[0];
    if (previous && source.index.position(item.start).line !== source.index.position(previous.start).line - 1) break;
    run.unshift(item);
  }
  if (run.length === 0) return { aligned: false, formatted: false, column: 0 };
  const columns = run.map((item) => item.equals - source.lineStart(item.start));
  const column = columns[0];
  const aligned = columns.every((c) => c === column);
  const longest = Math.max(...run.map((item) => item.start - source.lineStart(item.start) + item.name.length));
  return { aligned, formatted: aligned && column === longest + 1, column };
}
function sameNode(a, b) {
  return a === b || a.expr !== void 0 && a.expr === b.expr;
}
function terraformDefinitionOf(module, node) {
  const instance = module;
  const found = (owner, file, shared) => {
    const text = owner.texts?.get(file) ?? owner.files.get(file);
    return text === void 0 ? void 0 : { file, text, shared };
  };
  for (const [name, value2] of module.tfvars) {
    if (holds(value2.value, node)) return found(module, value2.file, `the value of ${name} in ${basename2(value2.file)}`);
  }
  for (const [name, variable4] of module.variables) {
    if (variable4.default && holds(variable4.default, node)) return found(module, variable4.file, `the default of variable ${name}`);
  }
  for (const [name, local] of module.locals) {
    if (holds(local.value, node)) return found(module, local.file, `local.${name}`);
  }
  for (const [name, input2] of module.moduleInputs ?? []) {
    if (instance.parent && holds(input2.value, node)) return found(instance.parent, input2.file, `the argument ${name} of ${module.modulePath ?? "the module call"}`);
  }
  return void 0;
}
function holds(root2, node) {
  const stack = [root2];
  let visited = 0;
  while (stack.length > 0 && visited++ < 1e4) {
    const n = stack.pop();
    if (sameNode(n, node)) return true;
    if (n.kind === "map") for (const e of n.entries) stack.push(e.value);
    else if (n.kind === "seq") stack.push(...n.items);
  }
  return false;
}

// src/fix/setting.ts
var OVERRIDE_FILE = /(?:^|\/)(?:override|[^/]*_override)\.tf(?:\.json)?$/;
function fixSettingToTrue({ resource, key, possibilities }) {
  if (isPlanModule(resource.template)) return { noFix: "a plan is generated from Terraform code: fix the .tf definition (lint it with --fix)" };
  if (resource.format === "terraform" && [...resource.template.files.keys()].some((f) => OVERRIDE_FILE.test(f))) {
    return { noFix: "override files merge into the resources of this module: fix the setting where it is written" };
  }
  const entry = getEntry(resource.properties, key);
  const written = (offer2, description, applicability) => "noFix" in offer2 ? offer2 : { fix: { description, applicability, edits: offer2.edits } };
  if (!entry) {
    if (resource.format === "cloudformation" && resource.rawProperties && !isNull(resource.rawProperties)) {
      return { noFix: "Properties is chosen by an intrinsic function (Fn::If): edit each branch" };
    }
    const set = resource.format === "cloudformation" ? `${key}: true` : `${key} = true`;
    const offer2 = resource.format === "cloudformation" ? insertCloudFormationProperty(resource, key, "true") : insertTerraformAttribute(resource, key, "true");
    return written(offer2, `set ${set}`, "safe");
  }
  const bad = possibilities.filter((p2) => !(p2.kind === "value" && asBoolean(p2.value) === true));
  if (bad.length === 0) return { noFix: `${key} is already true` };
  if (possibilities.length > 1) return { noFix: `${key} ${varies(bad)}${because(bad[0])}, so no single edit fixes it` };
  const p = possibilities[0];
  if (p.kind === "unknown") return { noFix: `${key} cannot be resolved statically (${p.reason})` };
  if (!p.node) return { noFix: `${key} comes from a value that is not in the linted files${because(p)}` };
  if (p.kind === "absent" && !(p.node.kind === "scalar" && p.node.value === null)) {
    return { noFix: `${key} is removed${because(p)}` };
  }
  if (p.kind === "value" && asBoolean(p.value) !== false) return { noFix: `${key} is not a boolean${because(p)}` };
  const place = definitionOf3(resource, p.node, entry.value);
  if ("noFix" in place) return place;
  const offer = replaceLiteral(place.file, place.text, p.node);
  if (place.shared === void 0 && "noFix" in offer && resource.format === "terraform") {
    const expression = place.text.slice(p.node.range.start.offset, p.node.range.end.offset);
    const edit = { file: place.file, range: p.node.range, text: "true" };
    return { fix: { description: `replace ${key} = ${shortened(expression)} with true`, applicability: "unsafe", edits: [edit] } };
  }
  if (place.shared === void 0) return written(offer, `change ${key} to true`, "safe");
  return written(offer, `change ${place.shared} to true`, "unsafe");
}
function varies(bad) {
  const steps = bad.flatMap((p) => p.provenance);
  if (steps.some((s) => s.startsWith("Fn::If") || s.startsWith("when ") || s.includes(" ? "))) return "depends on a condition";
  if (steps.some((s) => / allows /.test(s))) return "is chosen at deployment from the AllowedValues of a parameter";
  if (steps.some((s) => s.startsWith("mapping "))) return "differs between the keys of a mapping";
  return "has several possible values";
}
function shortened(text) {
  const line = text.replace(/\s+/g, " ");
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
function because(p) {
  return p.provenance.length > 0 ? ` (${p.provenance.join(", ")})` : "";
}
function isNull(node) {
  return node.kind === "scalar" && node.value === null && !node.tag;
}
function definitionOf3(resource, node, own) {
  if (resource.format === "cloudformation") {
    const template = resource.template;
    const text = template.text;
    if (node === own && inside(node, resource)) return { file: resource.file, text };
    const parameter = parameterOfDefault(template, node);
    if (parameter) {
      const allowed = getEntry(parameter.parameter, "AllowedValues")?.value;
      if (allowed && !(allowed.kind === "seq" && allowed.items.some((i) => i.kind === "scalar" && asBoolean(i.value) === true))) {
        return { noFix: `parameter ${parameter.name} does not allow true (AllowedValues)` };
      }
      return { file: resource.file, text, shared: `the Default of parameter ${parameter.name}` };
    }
    const mapping = mappingOfValue(template, node);
    if (mapping) return { file: resource.file, text, shared: `mapping ${mapping}` };
    if (node === own) return { file: resource.file, text, shared: "the YAML anchor of the value" };
    return { noFix: "the value is chosen at deployment (AllowedValues or a parameter given at deployment)" };
  }
  const module = resource.template;
  if (sameNode(node, own) && inside(own, resource)) return { file: resource.file, text: module.files.get(resource.file) ?? "" };
  const defined = terraformDefinitionOf(module, node);
  return defined ?? { noFix: "the value is set outside the linted files (a --var, a --var-file or a module call)" };
}
function inside(node, resource) {
  return node.range.start.offset >= resource.extent.start.offset && node.range.end.offset <= resource.extent.end.offset;
}
function replaceLiteral(file, text, node) {
  const { start, end } = node.range;
  const literal2 = text.slice(start.offset, end.offset);
  const replacement = /^(null|~)$/.test(literal2) ? "true" : trueLike(literal2);
  if (replacement === void 0) return { noFix: `the value is written as ${JSON.stringify(literal2.slice(0, 40))}, not as a literal false` };
  return { edits: [{ file, range: node.range, text: replacement }] };
}

// src/engine/instances.ts
var MAX_NAMED_INSTANCES = 10;
var MAX_KEY_LENGTH = 60;
function splitInstanceAddress(address) {
  let definition = "";
  const keys = [];
  let i = 0;
  while (i < address.length) {
    const c = address[i];
    if (c !== "[") {
      definition += c;
      i++;
      continue;
    }
    let j = i + 1;
    let quoted = false;
    for (; j < address.length; j++) {
      const d = address[j];
      if (quoted && d === "\\") j++;
      else if (d === '"') quoted = !quoted;
      else if (!quoted && d === "]") break;
    }
    keys.push(address.slice(i, j + 1));
    i = j + 1;
  }
  return { definition, keys };
}
function mergeInstanceFindings(findings) {
  const groups = /* @__PURE__ */ new Map();
  const out = [];
  for (const finding of findings) {
    const { definition, keys } = splitInstanceAddress(finding.resource.name);
    if (keys.length === 0 || finding.resource.format !== "terraform") {
      out.push(finding);
      continue;
    }
    const group = JSON.stringify([finding.ruleId, definition, finding.suppression?.reason ?? null]);
    const known = groups.get(group);
    const name = finding.resource.name;
    const only = keys.length === 1 ? keys[0] : void 0;
    const instance = only === void 0 ? name : name.endsWith(only) ? only : name.slice(0, name.indexOf(only) + only.length);
    if (known) {
      if (!known.instances.includes(instance)) known.instances.push(instance);
      known.fixes.push(finding);
      continue;
    }
    groups.set(group, { first: finding, definition, instances: [instance], fixes: [finding] });
    out.push(group);
  }
  return out.map((item) => {
    if (typeof item !== "string") return item;
    const { first, definition, instances, fixes } = groups.get(item);
    return { ...first, ...instancesFix(fixes), message: `${first.message}; ${describeInstances(instances)}`, resource: { ...first.resource, name: definition } };
  });
}
function instancesFix(findings) {
  const first = findings[0];
  if (findings.length === 1) return first.fix ? { fix: first.fix } : first.noFix !== void 0 ? { noFix: first.noFix } : {};
  const unfixed = findings.find((f) => !f.fix);
  if (unfixed) return unfixed.noFix !== void 0 ? { fix: void 0, noFix: unfixed.noFix } : { fix: void 0 };
  const edits = /* @__PURE__ */ new Map();
  for (const f of findings) for (const e of f.fix.edits) edits.set(JSON.stringify([e.file, e.range.start.offset, e.range.end.offset, e.text]), e);
  const unsafe = findings.some((f) => f.fix.applicability === "unsafe");
  return { fix: { description: first.fix.description, applicability: unsafe ? "unsafe" : "safe", edits: [...edits.values()] } };
}
function describeInstances(instances) {
  const named = instances.slice(0, MAX_NAMED_INSTANCES).map((key) => key.length > MAX_KEY_LENGTH ? `${key.slice(0, MAX_KEY_LENGTH - 3)}...` : key).join(", ");
  const more = instances.length > MAX_NAMED_INSTANCES ? ` and ${instances.length - MAX_NAMED_INSTANCES} more` : "";
  return `failing instance${instances.length === 1 ? "" : "s"}: ${named}${more}`;
}

// src/engine/message.ts
var SECTION = /\{\{#\s*([A-Za-z0-9_]+)\s*\}\}([\s\S]*?)\{\{\/\s*\1\s*\}\}/g;
var PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
var GLUE = /^[\s(;,]|\s$/;
function formatMessage(messages, messageId, data) {
  const template = Object.prototype.hasOwnProperty.call(messages, messageId) ? messages[messageId] : void 0;
  if (template === void 0) return { ok: false, error: `unknown messageId "${messageId}"` };
  const missing = /* @__PURE__ */ new Set();
  const glued = /* @__PURE__ */ new Set();
  const valueOf = (name) => {
    const value2 = data && Object.prototype.hasOwnProperty.call(data, name) ? data[name] : void 0;
    if (value2 === void 0) {
      missing.add(name);
      return "";
    }
    if (GLUE.test(value2)) glued.add(name);
    return value2;
  };
  const message = template.replace(SECTION, (_m, name, body) => valueOf(name) === "" ? "" : body).replace(PLACEHOLDER, (_m, name) => valueOf(name));
  if (missing.size > 0) {
    return { ok: false, error: `message "${messageId}" is missing data for ${[...missing].map((m) => `{{${m}}}`).join(", ")}` };
  }
  if (glued.size > 0) {
    return { ok: false, error: `message "${messageId}": data ${[...glued].map((m) => `{{${m}}}`).join(", ")} holds punctuation or white space at its edge; put it in the template` };
  }
  return { ok: true, message };
}

// src/engine/runner.ts
function runRules(templates, rules, options) {
  const findings = [];
  const diagnostics = [];
  const { directives, byResource } = collectDirectives(templates);
  const used = /* @__PURE__ */ new Map();
  resources: for (const template of templates) {
    for (const resource of resourcesToJudge(template)) {
      const applicable = rules.filter((r) => r.meta.resourceTypes.includes(resource.type));
      if (applicable.length === 0 || createsNothing(resource)) continue;
      if (options.deadline !== void 0 && Date.now() >= options.deadline) {
        diagnostics.push(outOfTime(resource));
        break resources;
      }
      for (const rule of applicable) {
        const reports = [];
        try {
          rule.check(resource, contextFor(resource, options, reports));
        } catch (error) {
          diagnostics.push(internalError(rule, resource, error instanceof Error ? error.message : String(error)));
          continue;
        }
        for (const report of reports) {
          if (!options.strict && rule.meta.strictOnlyMessages?.includes(report.messageId)) continue;
          const message = formatMessage(rule.meta.messages, report.messageId, report.data);
          if (!message.ok) {
            diagnostics.push(internalError(rule, report.resource, message.error));
            continue;
          }
          const misfix = fixContractError(rule, report);
          if (misfix) {
            diagnostics.push(internalError(rule, report.resource, misfix));
            continue;
          }
          const directive = directiveFor(byResource.get(definitionOf(report.resource)), rule.meta.id);
          if (directive) {
            let ids = used.get(directive);
            if (!ids) used.set(directive, ids = /* @__PURE__ */ new Set());
            ids.add(rule.meta.id.toUpperCase());
          }
          findings.push(toFinding(rule, report, message.message, directive));
        }
      }
    }
  }
  if (directives.length > 0) {
    const byId = new Map(rules.map((r) => [r.meta.id.toUpperCase(), r]));
    diagnostics.push(
      ...directiveWarnings(directives, {
        known: new Set((options.knownRules ?? rules.map((r) => r.meta.id)).map((id) => id.toUpperCase())),
        ran: new Set(byId.keys()),
        used: (d, id) => used.get(d)?.has(id) === true || !options.strict && reportsWhenStrict(byId.get(id), d.resources)
      })
    );
  }
  return { findings: mergeInstanceFindings(findings), diagnostics };
}
function reportsWhenStrict(rule, resources) {
  return resources.some((resource) => {
    if (!rule.meta.resourceTypes.includes(resource.type)) return false;
    const reports = [];
    try {
      rule.check(resource, contextFor(resource, { strict: true }, reports));
    } catch {
      return false;
    }
    return reports.length > 0;
  });
}
function createsNothing(resource) {
  if (resource.format !== "terraform") return false;
  const count = getEntry(resource.properties, "count");
  if (!count) return false;
  const values = resolveValue(resource, count.value);
  return values.length > 0 && values.every((p) => p.kind === "value" && Number(p.value) === 0 && p.value !== false && p.value !== "");
}
function contextFor(resource, options, reports) {
  return {
    strict: options.strict,
    resolve: (node) => resolveValue(resource, node),
    referencedResources: (node) => referencedResources(resource, node),
    report: (report) => {
      reports.push(report);
    },
    fixSettingToTrue: (target, key) => fixSettingToTrue({ resource: target, key, possibilities: resolveValue(target, getEntry(target.properties, key)?.value) })
  };
}
function toFinding(rule, report, message, directive) {
  const { resource, entry } = report;
  const range = entry ? { start: entry.keyRange.start, end: entry.value.range.end } : resource.range;
  const finding = {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    severity: rule.meta.severity,
    message,
    file: entry && resource.overrides?.find((o) => o.entries.includes(entry))?.file || resource.file,
    range,
    resource: { name: resource.name, type: resource.type, format: resource.format }
  };
  if (report.fix) finding.fix = report.fix;
  else if (report.noFix !== void 0 && rule.meta.fixable) finding.noFix = report.noFix;
  if (directive) finding.suppression = suppressionOf(directive);
  const reportAt = resource.template.format === "terraform" ? resource.template.reportAt : void 0;
  if (reportAt) pointAtCall(finding, reportAt, report);
  return finding;
}
function fixContractError(rule, report) {
  const fix = report.fix;
  if (!fix) return void 0;
  if (!rule.meta.fixable) return `a fix from a rule that does not declare meta.fixable`;
  if (fix.applicability === "unsafe" && rule.meta.fixable === "safe") return `an unsafe fix from a rule that declares only safe fixes`;
  return void 0;
}
function pointAtCall(finding, reportAt, report) {
  const { resource, entry } = report;
  const inside2 = { file: finding.file, range: finding.range };
  const decidedBy = entry ? resolveValue(resource, entry.value).flatMap((p) => p.node ? [p.node] : []) : [];
  const argument = reportAt.arguments.find((a) => decidedBy.some((node) => contains(a.value, node)));
  finding.file = reportAt.file;
  finding.range = argument ? { start: argument.keyRange.start, end: argument.value.range.end } : reportAt.header;
  const module = resource.template;
  if (!module.virtual) finding.related = [{ ...inside2, message: `${resource.name} in the module's code` }];
}
function contains(root2, node) {
  if (root2 === node || node.expr !== void 0 && root2.expr === node.expr) return true;
  if (root2.kind === "map") return root2.entries.some((e) => contains(e.value, node));
  if (root2.kind === "seq") return root2.items.some((item) => contains(item, node));
  return false;
}
function internalError(rule, resource, detail) {
  return {
    file: resource.file,
    severity: "error",
    code: "internal-error",
    message: `internal error in rule ${rule.meta.id} on ${resource.name}: ${detail}`,
    range: resource.range
  };
}
function outOfTime(resource) {
  return {
    file: resource.file,
    severity: "error",
    code: "time-budget",
    message: `the time budget of this unit ran out: ${resource.name} and the resources after it were not checked`,
    range: resource.range
  };
}

// src/parsers/cloudformation/index.ts
init_range();
init_json_reader();

// src/parsers/cloudformation/template.ts
init_node();
var AWS_RESOURCE_TYPE = /^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+/;
function isTemplateRoot(root2) {
  if (!root2 || root2.kind !== "map") return false;
  if (root2.entries.some((e) => e.key === "AWSTemplateFormatVersion")) return true;
  const resources = get(root2, "Resources");
  const definitions3 = resources?.kind === "map" ? resources.entries.map((e) => e.value) : resources?.kind === "seq" ? resources.items : [];
  return definitions3.some((definition) => {
    const type = get(definition, "Type");
    return type?.kind === "scalar" && typeof type.value === "string" && AWS_RESOURCE_TYPE.test(type.value);
  });
}
function looksLikeTemplate(text) {
  return /AWSTemplateFormatVersion/.test(text) || /\bAWS::[A-Za-z0-9]+::[A-Za-z0-9]+/.test(text);
}
function buildTemplate(file, text, document, root2, diagnostics) {
  const template = {
    format: "cloudformation",
    file,
    text,
    document,
    root: root2,
    parameters: sectionMaps(root2, "Parameters"),
    conditions: sectionNodes(root2, "Conditions"),
    mappings: sectionMaps(root2, "Mappings"),
    resources: []
  };
  const shapeError = (message, range) => {
    diagnostics.push({ file, severity: "error", code: "cfn-template-shape", message, range });
  };
  const resourcesEntry = getEntry(root2, "Resources");
  const resources = asMap(resourcesEntry?.value);
  if (resourcesEntry && !resources && !isNull2(resourcesEntry.value) && !resourcesEntry.value.tag) {
    shapeError(`Resources must be a mapping of logical IDs to resources, not ${shapeOf(resourcesEntry.value)}; CloudFormation rejects this template`, resourcesEntry.keyRange);
  }
  const entries = resources?.entries ?? [];
  const lastOfName = new Map(entries.map((e) => [e.key, e]));
  for (const entry of entries) {
    if (lastOfName.get(entry.key) !== entry) continue;
    const definition = asMap(entry.value);
    if (!definition && !entry.key.startsWith("Fn::ForEach::") && !entry.value.tag) {
      shapeError(`resource ${entry.key} must be a mapping (Type, Properties, ...), not ${shapeOf(entry.value)}`, entry.keyRange);
      continue;
    }
    const typeEntry = getEntry(definition, "Type");
    const type = typeEntry?.value;
    if (type?.tag) continue;
    if (typeEntry && (type?.kind !== "scalar" || typeof type.value !== "string") && !isPreprocessorType(type)) {
      shapeError(`the Type of resource ${entry.key} must be a string, not ${shapeOf(typeEntry.value)}`, typeEntry.keyRange);
      continue;
    }
    if (!definition || type?.kind !== "scalar" || typeof type.value !== "string") {
      diagnostics.push({
        file,
        severity: "warning",
        code: "cfn-invalid-resource",
        message: `resource ${entry.key} has no Type; it is not checked`,
        range: entry.keyRange
      });
      continue;
    }
    const propertiesEntry = getEntry(definition, "Properties");
    if (propertiesEntry && !propertiesEntry.value.tag && !isNull2(propertiesEntry.value) && propertiesEntry.value.kind !== "map") {
      shapeError(`the Properties of resource ${entry.key} must be a mapping, not ${shapeOf(propertiesEntry.value)}`, propertiesEntry.keyRange);
    }
    const properties = propertiesEntry?.value;
    const condition = get(definition, "Condition");
    const resource = {
      format: "cloudformation",
      type: type.value,
      name: entry.key,
      logicalId: entry.key,
      file,
      range: entry.keyRange,
      extent: { start: entry.keyRange.start, end: definition.range.end },
      properties: isPlainMap2(properties) ? properties : { kind: "map", entries: [], range: entry.keyRange },
      template
    };
    if (properties && !isPlainMap2(properties)) resource.rawProperties = properties;
    const metadata = asMap(get(definition, "Metadata"));
    if (metadata) resource.metadata = metadata;
    const cdkPath = get(metadata, "aws:cdk:path");
    if (cdkPath?.kind === "scalar" && typeof cdkPath.value === "string" && cdkPath.value !== "") {
      resource.constructPath = cdkPath.value.replace(/\/Resource$/, "");
    }
    if (condition?.kind === "scalar" && typeof condition.value === "string") resource.conditional = condition.value;
    template.resources.push(resource);
  }
  return template;
}
function isPlainMap2(node) {
  if (!node || node.kind !== "map" || node.tag) return false;
  const only = node.entries.length === 1 ? node.entries[0].key : void 0;
  return !(only === "Ref" || only?.startsWith("Fn::"));
}
function isPreprocessorType(node) {
  return node?.kind === "map" && node.entries.length === 1 && /^[A-Za-z]+::/.test(node.entries[0].key) && !node.entries[0].key.startsWith("Fn::");
}
function isNull2(node) {
  return node.kind === "scalar" && node.value === null;
}
function shapeOf(node) {
  if (node.kind === "seq") return "a list";
  if (node.kind === "map") return "a mapping";
  if (node.value === null) return "null";
  return `a ${typeof node.value === "string" ? "string" : typeof node.value === "number" ? "number" : "boolean"}`;
}
function sectionNodes(root2, name) {
  const out = /* @__PURE__ */ new Map();
  for (const e of asMap(get(root2, name))?.entries ?? []) out.set(e.key, e.value);
  return out;
}
function sectionMaps(root2, name) {
  const out = /* @__PURE__ */ new Map();
  for (const e of asMap(get(root2, name))?.entries ?? []) if (e.value.kind === "map") out.set(e.key, e.value);
  return out;
}

// src/parsers/cloudformation/yaml-reader.ts
var import_yaml3 = __toESM(require_dist(), 1);
init_duplicate_keys();

// src/parsers/cloudformation/intrinsics.ts
var SHORT_FORM_NAMES = [
  "Ref",
  "Condition",
  "GetAtt",
  "Sub",
  "Join",
  "If",
  "Select",
  "Split",
  "FindInMap",
  "Base64",
  "Cidr",
  "GetAZs",
  "ImportValue",
  "Equals",
  "Not",
  "And",
  "Or",
  "Transform",
  "ToJsonString",
  "Length",
  "Contains",
  "EachMemberEquals",
  "EachMemberIn",
  "RefAll",
  "ValueOf",
  "ValueOfAll"
];
var SHORT_FORMS = new Set(SHORT_FORM_NAMES);
function longFormKey(tag) {
  if (!tag.startsWith("!") || tag.startsWith("!!")) return void 0;
  const name = tag.slice(1);
  if (!SHORT_FORMS.has(name)) return void 0;
  return name === "Ref" || name === "Condition" ? name : `Fn::${name}`;
}
function toLongForm(key, value2, range, tagRange) {
  let inner = value2;
  if (key === "Fn::GetAtt" && value2.kind === "scalar" && typeof value2.value === "string") {
    inner = splitGetAtt(value2.value, range);
  }
  return { kind: "map", range, entries: [{ key, keyRange: tagRange, value: inner }] };
}
function splitGetAtt(text, range) {
  const dot = text.indexOf(".");
  const parts = dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)];
  const items = parts.map((p) => ({ kind: "scalar", value: p, range }));
  return { kind: "seq", items, range };
}

// src/parsers/cloudformation/yaml-compose.ts
var import_yaml = __toESM(require_dist(), 1);
var SHORT_FORM_TAGS = SHORT_FORM_NAMES.flatMap((name) => [
  { tag: `!${name}`, resolve: (value2) => value2 },
  { tag: `!${name}`, collection: "seq", resolve: (value2) => value2 },
  { tag: `!${name}`, collection: "map", resolve: (value2) => value2 }
]);
var COMPOSE_OPTIONS = { schema: "failsafe", customTags: SHORT_FORM_TAGS, uniqueKeys: false, prettyErrors: false };
function composeYaml(text, comments) {
  const composer = new import_yaml.Composer(COMPOSE_OPTIONS);
  const tokens = new import_yaml.Parser().parse(text);
  return Array.from(composer.compose(comments ? withComments(tokens, comments) : tokens));
}
function* withComments(tokens, comments) {
  for (const token of tokens) {
    walkCst([token], (t) => {
      if (t.type === "comment") comments.push({ offset: t.offset, source: t.source });
    });
    yield token;
  }
}
function walkCst(tokens, visit) {
  const stack = [...tokens];
  while (stack.length > 0) {
    const t = stack.pop();
    if (!t || typeof t !== "object") continue;
    if (Array.isArray(t)) {
      for (let i = t.length - 1; i >= 0; i--) stack.push(t[i]);
      continue;
    }
    const token = t;
    if (typeof token.type === "string" && typeof token.offset === "number") visit(token);
    for (const key of ["start", "key", "sep", "value", "props", "items", "end"]) {
      const v = token[key];
      if (v && typeof v === "object") stack.push(v);
    }
  }
}
var MAX_FLOW_NESTING = 512;
function excessiveFlowNesting(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > MAX_FLOW_NESTING) return i;
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 34) {
      while (++i < text.length && text.charCodeAt(i) !== 34) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 35 && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    }
  }
  return void 0;
}

// src/parsers/cloudformation/yaml-quoted.ts
var import_yaml2 = __toESM(require_dist(), 1);
var MAX_REPAIRS = 1e3;
function repairUnderIndentedQuotes(original) {
  let text = original;
  const spans = /* @__PURE__ */ new Map();
  for (let round = 0; round < MAX_REPAIRS; round++) {
    let progress = false;
    for (const { offset, source } of quotedScalarTokens(text)) {
      if (spans.has(offset)) continue;
      const end = closingQuote(text, offset);
      if (end === void 0 || end === offset + source.length) continue;
      text = text.slice(0, offset) + text.slice(offset, end).replace(/[\r\n]/g, " ") + text.slice(end);
      spans.set(offset, end);
      progress = true;
      break;
    }
    if (!progress) break;
  }
  return spans.size > 0 ? { text, spans } : void 0;
}
function quotedScalarTokens(text) {
  const out = [];
  walkCst(Array.from(new import_yaml2.Parser().parse(text)), (token) => {
    if (token.type === "double-quoted-scalar" || token.type === "single-quoted-scalar") out.push({ offset: token.offset, source: token.source ?? "" });
  });
  return out.sort((a, b) => a.offset - b.offset);
}
function closingQuote(text, start) {
  const quote2 = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (quote2 === '"' && c === "\\") i++;
    else if (c === quote2) {
      if (quote2 === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return void 0;
}
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "",
  _: " ",
  L: "\u2028",
  P: "\u2029"
};
var HEX_LENGTH = { x: 2, u: 4, U: 8 };
function foldQuoted(source) {
  const double = source[0] === '"';
  const body = source.slice(1, -1);
  let out = "";
  let kept = 0;
  let i = 0;
  const isBreak = (c) => c === "\n" || c === "\r";
  const skipBreak = (at) => body[at] === "\r" && body[at + 1] === "\n" ? at + 2 : at + 1;
  while (i < body.length) {
    const c = body[i];
    if (double && c === "\\") {
      const next = body[i + 1] ?? "";
      if (isBreak(next)) {
        i = skipBreak(i + 1);
        while (body[i] === " " || body[i] === "	") i++;
        continue;
      }
      const hex = HEX_LENGTH[next];
      if (hex) {
        out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 2 + hex), 16));
        i += 2 + hex;
      } else {
        out += ESCAPES[next] ?? next;
        i += 2;
      }
      kept = out.length;
    } else if (!double && c === "'" && body[i + 1] === "'") {
      out += "'";
      i += 2;
    } else if (isBreak(c)) {
      let end = out.length;
      while (end > kept && (out[end - 1] === " " || out[end - 1] === "	")) end--;
      out = out.slice(0, end);
      let breaks = 0;
      while (isBreak(body[i])) {
        i = skipBreak(i);
        breaks++;
        while (body[i] === " " || body[i] === "	") i++;
      }
      out += breaks === 1 ? " " : "\n".repeat(breaks - 1);
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// src/parsers/cloudformation/yaml-scalars.ts
var BOOL_TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
var BOOL_FALSE = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/;
var NULL = /^(?:~|null|Null|NULL|)$/;
var INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
var FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
function resolvePlainScalar(text) {
  if (NULL.test(text)) return null;
  if (BOOL_TRUE.test(text)) return true;
  if (BOOL_FALSE.test(text)) return false;
  if (INT.test(text)) return parseYamlInt(text);
  if (FLOAT.test(text)) return parseYamlFloat(text);
  return text;
}
function splitSign(text) {
  const s = text.replace(/_/g, "");
  if (s.startsWith("-")) return [-1, s.slice(1)];
  if (s.startsWith("+")) return [1, s.slice(1)];
  return [1, s];
}
function sexagesimal(body) {
  let value2 = 0;
  for (const part of body.split(":")) value2 = value2 * 60 + Number(part);
  return value2;
}
function parseYamlInt(text) {
  const [sign2, s] = splitSign(text);
  let n;
  if (s.startsWith("0b")) n = parseInt(s.slice(2), 2);
  else if (s.startsWith("0x")) n = parseInt(s.slice(2), 16);
  else if (s.includes(":")) n = sexagesimal(s);
  else if (s.length > 1 && s.startsWith("0")) n = parseInt(s.slice(1), 8);
  else n = Number(s);
  return Number.isNaN(n) ? text : sign2 * n;
}
function parseYamlFloat(text) {
  const [sign2, s] = splitSign(text);
  const lower = s.toLowerCase();
  if (lower === ".inf") return sign2 * Infinity;
  if (lower === ".nan") return NaN;
  const n = s.includes(":") ? sexagesimal(s) : Number(s);
  return Number.isNaN(n) ? text : sign2 * n;
}
function resolveTaggedScalar(tag, text) {
  switch (tag) {
    case "!":
    case "tag:yaml.org,2002:str":
    case "tag:yaml.org,2002:binary":
    case "tag:yaml.org,2002:timestamp":
      return text;
    case "tag:yaml.org,2002:int":
      return parseYamlInt(text);
    case "tag:yaml.org,2002:float":
      return parseYamlFloat(text);
    case "tag:yaml.org,2002:bool":
      return BOOL_TRUE.test(text) ? true : BOOL_FALSE.test(text) ? false : text;
    case "tag:yaml.org,2002:null":
      return null;
    default:
      return void 0;
  }
}

// src/parsers/cloudformation/yaml-reader.ts
var ALIAS_EXPANSION_LIMIT = 1e6;
var MAX_ERRORS_PER_DOCUMENT = 5;
function readYaml(file, source, index, aliasLimit = ALIAS_EXPANSION_LIMIT) {
  const diagnostics = [];
  const text = source.includes("\r") ? source.replace(/\r(?!\n)/g, "\n") : source;
  const tooDeepAt = excessiveFlowNesting(text);
  if (tooDeepAt !== void 0) {
    const message = `YAML nesting is too deep to read (more than ${MAX_FLOW_NESTING} levels)`;
    diagnostics.push({ file, severity: "error", code: "yaml-too-deep", message, range: index.range(tooDeepAt, tooDeepAt + 1) });
    return { documents: [], diagnostics, comments: [] };
  }
  let docs;
  let tokens = [];
  try {
    docs = composeYaml(text, tokens);
  } catch (e) {
    const tooDeep = e instanceof RangeError;
    const message = tooDeep ? "YAML nesting is too deep to read" : `cannot read YAML: ${String(e)}`;
    diagnostics.push({ file, severity: "error", code: tooDeep ? "yaml-too-deep" : "yaml-syntax", message, range: index.range(0, 0) });
    return { documents: [], diagnostics, comments: [] };
  }
  let quoted = /* @__PURE__ */ new Map();
  if (docs.some((d) => d.errors.some((e) => e.code === "MISSING_CHAR" && e.message.startsWith("Missing closing")))) {
    const repair = repairUnderIndentedQuotes(text);
    const repairedTokens = [];
    const repaired = repair && composeYaml(repair.text, repairedTokens);
    if (repair && repaired && errorCount(repaired) < errorCount(docs)) {
      docs = repaired;
      tokens = repairedTokens;
      quoted = repair.spans;
      for (const [start] of quoted) {
        diagnostics.push({
          file,
          severity: "warning",
          code: "yaml-quoted-indent",
          message: "the lines of this quoted string are indented less than its key: YAML 1.2 parsers reject this (CloudFormation accepts it)",
          range: index.range(start, start + 1)
        });
      }
    }
  }
  const documents = [];
  docs.forEach((doc, i) => {
    if (doc.errors.length > 0) {
      const tooDeep = doc.errors.find((e) => e.message.includes("Maximum call stack size exceeded"));
      if (tooDeep) {
        diagnostics.push({ file, severity: "error", code: "yaml-too-deep", message: "YAML nesting is too deep to read", range: index.range(tooDeep.pos[0], tooDeep.pos[1]) });
        documents.push({ index: i, root: void 0 });
        return;
      }
      for (const err of doc.errors.slice(0, MAX_ERRORS_PER_DOCUMENT)) {
        const [start, end] = err.pos;
        diagnostics.push({
          file,
          severity: "error",
          code: "yaml-syntax",
          message: `YAML syntax error: ${cleanMessage(err.message)}`,
          range: index.range(start, end)
        });
      }
      documents.push({ index: i, root: void 0 });
      return;
    }
    const root2 = new DocumentConverter(file, text, index, doc, diagnostics, quoted, aliasLimit).convert();
    documents.push({ index: i, root: root2 });
  });
  return { documents, diagnostics, comments: toComments(tokens, index) };
}
function toComments(tokens, index) {
  return tokens.sort((a, b) => a.offset - b.offset).map((t) => ({ text: t.source.slice(1), range: index.range(t.offset, t.offset + t.source.length) }));
}
function errorCount(docs) {
  return docs.reduce((n, d) => n + d.errors.length, 0);
}
function cleanMessage(message) {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?\s*$/, "");
}
var DocumentConverter = class {
  constructor(file, text, index, doc, diagnostics, quoted, aliasLimit) {
    this.file = file;
    this.text = text;
    this.index = index;
    this.doc = doc;
    this.diagnostics = diagnostics;
    this.quoted = quoted;
    this.aliasLimit = aliasLimit;
  }
  file;
  text;
  index;
  doc;
  diagnostics;
  quoted;
  aliasLimit;
  /** Converted node of every finished yaml node that an alias may point at. */
  done = /* @__PURE__ */ new Map();
  sizes = /* @__PURE__ */ new Map();
  failed = false;
  firstAlias;
  convert() {
    const contents = this.doc.contents;
    if (contents === null || contents === void 0) return void 0;
    let root2;
    const stack = [{ kind: "convert", y: contents, at: 0, assign: (n) => root2 = n }];
    while (stack.length > 0 && !this.failed) {
      const task = stack.pop();
      if (task.kind === "close") this.close(task);
      else this.convertOne(task, stack);
    }
    if (this.failed || !root2) return void 0;
    const expansions = (this.sizes.get(root2) ?? 1) - this.sizes.size;
    if (expansions > this.aliasLimit) {
      const at = this.firstAlias ?? this.index.range(0, 0);
      this.error("yaml-alias-limit", `YAML aliases add more than ${this.aliasLimit} nodes (an alias bomb?); document not read`, at);
      return void 0;
    }
    return root2;
  }
  error(code, message, range) {
    this.diagnostics.push({ file: this.file, severity: "error", code, message, range });
  }
  convertOne(task, stack) {
    const y = task.y;
    if (y === null || y === void 0) {
      const node2 = { kind: "scalar", value: null, range: this.index.range(task.at, task.at) };
      this.sizes.set(node2, 1);
      task.assign(node2);
      return;
    }
    if ((0, import_yaml3.isAlias)(y)) {
      task.assign(this.resolveAlias(y));
      return;
    }
    const tag = y.tag;
    const range = y.range ?? [task.at, task.at, task.at];
    const tagRange = tag ? this.tagRangeBefore(range[0], tag) : void 0;
    const start = tagRange ? tagRange.start.offset : range[0];
    const longKey = tag ? longFormKey(tag) : void 0;
    if ((0, import_yaml3.isScalar)(y)) {
      const node2 = this.scalar(y, tag, longKey, start, range);
      const result = longKey ? toLongForm(longKey, node2, node2.range, tagRange ?? node2.range) : node2;
      this.sizes.set(node2, 1);
      this.sizes.set(result, result === node2 ? 1 : 2);
      this.done.set(y, result);
      task.assign(result);
      return;
    }
    if ((0, import_yaml3.isMap)(y) || (0, import_yaml3.isSeq)(y)) {
      const block = this.text[range[0]] !== "{" && this.text[range[0]] !== "[";
      const nodeRange = this.index.range(start, range[1]);
      const node2 = (0, import_yaml3.isMap)(y) ? { kind: "map", entries: [], range: nodeRange } : { kind: "seq", items: [], range: nodeRange };
      let result = node2;
      let wrapper;
      if (longKey) {
        wrapper = toLongForm(longKey, node2, { start: nodeRange.start, end: nodeRange.end }, tagRange ?? nodeRange);
        result = wrapper;
      } else if (tag) {
        this.unknownTag(tag, node2, tagRange);
      }
      stack.push({ kind: "close", y, node: node2, wrapper, block });
      if (node2.kind === "map") this.pushPairs(y.items, node2, stack);
      else {
        const items = y.items;
        node2.items = new Array(items.length);
        for (let i = items.length - 1; i >= 0; i--) {
          const at = i === 0 ? range[0] : range[1];
          stack.push({ kind: "convert", y: items[i], at, assign: (n) => node2.items[i] = n });
        }
      }
      task.assign(result);
      return;
    }
    const node = { kind: "scalar", value: this.text.slice(range[0], range[1]), range: this.index.range(range[0], range[1]) };
    this.sizes.set(node, 1);
    task.assign(node);
  }
  scalar(y, tag, longKey, start, range) {
    const raw = y.value === null || y.value === void 0 ? "" : String(y.value);
    let value2;
    if (!tag || longKey) value2 = y.type === "PLAIN" ? resolvePlainScalar(raw) : raw;
    else value2 = resolveTaggedScalar(tag, raw) ?? (y.type === "PLAIN" ? resolvePlainScalar(raw) : raw);
    let end = range[1];
    if (y.type === "BLOCK_LITERAL" || y.type === "BLOCK_FOLDED") end = this.trimEnd(range[0], end);
    const quotedEnd = this.quoted.get(range[0]);
    if (quotedEnd !== void 0) value2 = foldQuoted(this.text.slice(range[0], quotedEnd));
    const node = { kind: "scalar", value: value2, range: this.index.range(start, end) };
    if (tag && !longKey && resolveTaggedScalar(tag, raw) === void 0) this.unknownTag(tag, node, this.tagRangeBefore(range[0], tag));
    return node;
  }
  unknownTag(tag, node, tagRange) {
    if (tag.startsWith("tag:yaml.org,2002:")) return;
    node.tag = tag;
    this.diagnostics.push({
      file: this.file,
      severity: "warning",
      code: "unknown-tag",
      message: `unknown tag ${tag}: its value is kept as written and not evaluated`,
      range: tagRange ?? node.range
    });
  }
  pushPairs(pairs, node, stack) {
    const keys = new KeyTracker(this.file, this.diagnostics);
    const tasks = [];
    const merges = [];
    for (const pair of pairs) {
      if (!(0, import_yaml3.isPair)(pair)) continue;
      const k = pair.key;
      if ((0, import_yaml3.isScalar)(k) && k.type === "PLAIN" && k.value === "<<" && !k.tag) {
        merges.push({ position: node.entries.length, value: pair.value });
        continue;
      }
      const { key, keyRange } = this.keyOf(k, pair);
      keys.add(key, keyRange);
      const entry = { key, keyRange, value: void 0 };
      node.entries.push(entry);
      tasks.push({ kind: "convert", y: pair.value, at: keyRange.end.offset, assign: (n) => entry.value = n });
    }
    for (let i = tasks.length - 1; i >= 0; i--) stack.push(tasks[i]);
    for (let m = merges.length - 1; m >= 0; m--) {
      const { position, value: value2 } = merges[m];
      const sources3 = (0, import_yaml3.isSeq)(value2) ? value2.items : [value2];
      const added = [];
      for (const source of sources3) {
        const merged = (0, import_yaml3.isAlias)(source) ? this.resolveAlias(source) : void 0;
        if (!merged || merged.kind !== "map") continue;
        for (const e of merged.entries) {
          if (keys.has(e.key) || added.some((a) => a.key === e.key)) continue;
          added.push(e);
        }
      }
      node.entries.splice(position, 0, ...added);
    }
  }
  keyOf(k, pair) {
    if ((0, import_yaml3.isAlias)(k)) {
      const target = this.resolveAlias(k);
      const r2 = k.range ?? [0, 0, 0];
      return { key: target.kind === "scalar" ? String(target.value ?? "") : this.text.slice(target.range.start.offset, target.range.end.offset), keyRange: this.index.range(r2[0], r2[1]) };
    }
    if ((0, import_yaml3.isScalar)(k)) {
      const r2 = k.range ?? [0, 0, 0];
      if (k.tag) {
        const tagRange = this.tagRangeBefore(r2[0], k.tag);
        this.diagnostics.push({ file: this.file, severity: "warning", code: "key-tag", message: `tag ${k.tag} on a mapping key is ignored`, range: tagRange ?? this.index.range(r2[0], r2[1]) });
      }
      return { key: k.value === null || k.value === void 0 ? "" : String(k.value), keyRange: this.index.range(r2[0], r2[1]) };
    }
    const r = k?.range;
    if (r) return { key: this.text.slice(r[0], this.trimEnd(r[0], r[1])), keyRange: this.index.range(r[0], this.trimEnd(r[0], r[1])) };
    const v = pair.value?.range;
    const at = v ? v[0] : 0;
    return { key: "", keyRange: this.index.range(at, at) };
  }
  resolveAlias(alias) {
    const target = alias.resolve(this.doc);
    const r = alias.range ?? [0, 0, 0];
    const range = this.index.range(r[0], r[1]);
    this.firstAlias ??= range;
    const node = target ? this.done.get(target) : void 0;
    if (!node) {
      const why = target ? `refers to a node that contains it` : `has no anchor`;
      this.error("yaml-alias", `YAML alias *${alias.source} ${why}; document not read`, range);
      this.failed = true;
      const empty = { kind: "scalar", value: null, range };
      this.sizes.set(empty, 1);
      return empty;
    }
    return node;
  }
  close(task) {
    const { node, wrapper } = task;
    let size = 1;
    let lastEnd = node.range.end;
    const children = node.kind === "map" ? node.entries.map((e) => e.value) : node.items;
    for (const child of children) size += this.sizes.get(child) ?? 1;
    if (task.block && children.length > 0) {
      lastEnd = children[children.length - 1].range.end;
      const items = task.y.items;
      const lastItem = items[items.length - 1];
      const lastYaml = (0, import_yaml3.isPair)(lastItem) ? lastItem.value : lastItem;
      if ((0, import_yaml3.isAlias)(lastYaml) && lastYaml.range) lastEnd = this.index.position(lastYaml.range[1]);
      if (node.kind === "map") {
        const lastKey = node.entries[node.entries.length - 1].keyRange.end;
        if (lastKey.offset > lastEnd.offset) lastEnd = lastKey;
      }
      node.range = { start: node.range.start, end: lastEnd };
      if (wrapper) {
        wrapper.range = { start: wrapper.range.start, end: lastEnd };
        const inner = wrapper.entries[0].value;
        if (inner !== node) inner.range = wrapper.range;
      }
    }
    this.sizes.set(node, size);
    if (wrapper) this.sizes.set(wrapper, size + 1);
    this.done.set(task.y, wrapper ?? node);
  }
  /**
   * The range of the tag written before a node whose content starts at
   * `contentStart`. The yaml AST keeps the tag's name, not its place; only
   * spaces, an anchor and comments can stand between a tag and its content,
   * so the tag is the last occurrence of its name before the content.
   */
  tagRangeBefore(contentStart, tag) {
    const at = this.text.lastIndexOf(tag, contentStart - 1);
    if (at < 0) return void 0;
    return this.index.range(at, at + tag.length);
  }
  trimEnd(start, end) {
    let e = end;
    while (e > start && /\s/.test(this.text[e - 1])) e--;
    return e;
  }
};

// src/parsers/cloudformation/index.ts
function parseCloudFormation(file, text) {
  try {
    return parse(file, text);
  } catch (e) {
    const message = `internal error while reading the file as CloudFormation: ${e instanceof Error ? e.message : String(e)}`;
    const isTemplate = looksLikeTemplate(text);
    return { templates: [], diagnostics: isTemplate ? [{ file, severity: "error", code: "cfn-parse-internal", message }] : [], isTemplate };
  }
}
function parse(file, text) {
  const source = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const index = new LineIndex(source);
  const { documents, diagnostics, failed, comments } = readDocuments(file, source, index);
  const templateDiagnostics = [];
  const templates = [];
  for (const doc of documents) {
    if (!isTemplateRoot(doc.root)) continue;
    const template = buildTemplate(file, source, doc.index, doc.root, templateDiagnostics);
    template.comments = comments;
    templates.push(template);
  }
  const read = documents.filter((d) => d.root);
  if (templates.length > 0 && read.length > 1) {
    templateDiagnostics.push({
      file,
      severity: "warning",
      code: "yaml-multiple-documents",
      message: `this file holds ${read.length} YAML documents; CloudFormation reads one document per template (each is linted here)`,
      range: read[1].root.range
    });
  }
  const listRoot = templates.length === 0 && !failed ? read.find((d) => d.root.kind === "seq") : void 0;
  if (listRoot && looksLikeTemplate(source)) {
    const message = "the file holds a list at its root; a CloudFormation template is a mapping (AWSTemplateFormatVersion, Resources, ...)";
    return { templates, diagnostics: [...diagnostics, { file, severity: "error", code: "cfn-template-root", message, range: listRoot.root.range }], isTemplate: true };
  }
  const isTemplate = templates.length > 0 || failed && looksLikeTemplate(source);
  if (isTemplate) return { templates, diagnostics: [...diagnostics, ...templateDiagnostics], isTemplate };
  return { templates, diagnostics: failed ? diagnostics.filter((d) => d.severity === "error") : [], isTemplate };
}
function readDocuments(file, text, index) {
  if (/^\s*\{/.test(text)) {
    const json = readJson(file, text, index);
    if (json.root) return { documents: [{ index: 0, root: json.root }], diagnostics: json.diagnostics, failed: false, comments: [] };
    const yaml2 = readYaml(file, text, index);
    if (yaml2.documents.length > 0 && yaml2.documents.every((d) => d.root) && yaml2.diagnostics.every((d) => d.severity !== "error" || d.code === "duplicate-key")) {
      const notJson = json.diagnostics.map((d) => ({ ...d, severity: "warning", message: `${d.message}; read as YAML instead` }));
      return { documents: yaml2.documents, diagnostics: [...notJson, ...yaml2.diagnostics], failed: false, comments: yaml2.comments };
    }
    return { documents: [], diagnostics: json.diagnostics, failed: true, comments: [] };
  }
  const yaml = readYaml(file, text, index);
  const failed = yaml.diagnostics.some((d) => d.severity === "error" && d.code !== "duplicate-key");
  return { documents: yaml.documents, diagnostics: yaml.diagnostics, failed, comments: yaml.comments };
}

// src/lint/cloudformation-templates.ts
init_node();

// src/lint/nested-stacks.ts
init_node();
init_quote();
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname4, resolve as resolve5 } from "node:path";
var MAX_STACK_DEPTH = 8;
var CHILD_PROPERTY = {
  "AWS::CloudFormation::Stack": "TemplateURL",
  "AWS::Serverless::Application": "Location"
};
function mayHaveNestedStacks(text) {
  return text.includes("AWS::CloudFormation::Stack") || text.includes("AWS::Serverless::Application");
}
async function followNestedStacks(templates, abs, options) {
  const out = { templates: [], diagnostics: [], children: [] };
  const visit = async (template, file, ancestors) => {
    for (const stack of template.resources) {
      const property = CHILD_PROPERTY[stack.type];
      if (!property || !mayBeCreated(stack)) continue;
      const child = childPath(stack, property, file, out.diagnostics);
      if (!child) continue;
      const { abs: target, range } = child;
      const shown2 = relativePath(options.cwd, target) || target;
      if (ancestors.includes(target) || ancestors.length >= MAX_STACK_DEPTH) {
        out.diagnostics.push(note(stack, "nested-stack-not-followed", `${stack.name}: the child template ${shown2} is not followed: ${ancestors.includes(target) ? "it includes itself through its parents" : `stacks nest more than ${MAX_STACK_DEPTH} deep`}`));
        continue;
      }
      const atParent = (severity, code, message) => {
        out.diagnostics.push({ file: stack.file, severity, code, message: `${stack.name}: the child template ${shown2} ${message}`, range });
      };
      if (!existsSync2(target) && isWithin(options.boundary, target)) {
        atParent("warning", "nested-stack-not-found", "does not exist; the child stack is not linted");
        continue;
      }
      const read = await readSourceFile(target, shown2, options.maxBytes, options.boundary);
      if (!read.ok) {
        if (read.reason === "outside") atParent("warning", "outside-repository", "lies outside the repository root; iac-lint reads nothing outside the repository");
        else atParent(read.diagnostic.severity, read.diagnostic.code, `is not read: ${read.diagnostic.message}`);
        continue;
      }
      out.diagnostics.push(...read.diagnostics);
      const parsed = parseCloudFormation(shown2, read.text);
      out.diagnostics.push(...parsed.diagnostics);
      const childTemplate = parsed.templates[0];
      if (!childTemplate) {
        if (parsed.diagnostics.length === 0) atParent("warning", "nested-stack-not-followed", "holds no CloudFormation template");
        continue;
      }
      if (!out.children.includes(target)) out.children.push(target);
      adopt(childTemplate, stack, template, out.diagnostics);
      out.templates.push(childTemplate);
      await visit(childTemplate, target, [...ancestors, target]);
    }
  };
  for (const template of templates) await visit(template, abs, [abs]);
  return out;
}
function mayBeCreated(resource) {
  return resourceCondition(resource).value !== false;
}
function childPath(stack, property, parentFile, diagnostics) {
  const found = childPathText(stack, property, diagnostics);
  return found && { abs: resolve5(dirname4(parentFile), found.path), range: found.range };
}
function childPathText(stack, property, diagnostics) {
  const entry = getEntry(stack.properties, property);
  const assetEntry = getEntry(stack.metadata, "aws:asset:path");
  const assetPath = assetEntry?.value;
  if (assetPath?.kind === "scalar" && typeof assetPath.value === "string" && assetPath.value.endsWith(".json")) {
    return { path: assetPath.value, range: assetEntry.keyRange };
  }
  if (!entry) return void 0;
  if (entry.value.kind === "map" && !intrinsic(entry.value)) {
    diagnostics.push(note(stack, "nested-stack-not-followed", `${stack.name}: a serverless application from the AWS Serverless Application Repository is not linted (only a local Location is followed)`, entry));
    return void 0;
  }
  const values = cloudFormationResolver.resolve(stack, entry.value);
  const only = values.length === 1 ? values[0] : void 0;
  if (only?.kind !== "value" || typeof only.value !== "string" || only.value.trim() === "") {
    diagnostics.push(note(stack, "nested-stack-not-followed", `${stack.name}: ${property} cannot be resolved to one path statically; the child stack is not linted`, entry));
    return void 0;
  }
  const url = only.value.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || url.includes("{{resolve:")) {
    if (/^file:\/\//i.test(url)) return { path: decodeURIComponent(url.replace(/^file:\/\//i, "")), range: entry.keyRange };
    diagnostics.push(
      note(stack, "nested-stack-not-followed", `${stack.name}: ${property} ${quote(url)} is not a local path; the child stack is not linted (lint the child template, or point ${property} at the local file that \`aws cloudformation package\` uploads)`, entry)
    );
    return void 0;
  }
  return { path: url, range: entry.keyRange };
}
function adopt(child, stack, parent, diagnostics) {
  const stackId = stack.logicalId ?? stack.name;
  child.stackPath = parent.stackPath ? `${parent.stackPath}/${stackId}` : stackId;
  child.given = /* @__PURE__ */ new Map();
  const parameters = get(stack.properties, "Parameters");
  for (const entry of parameters?.kind === "map" ? parameters.entries : []) {
    if (!child.parameters.has(entry.key)) {
      diagnostics.push({
        file: stack.file,
        severity: "warning",
        code: "nested-stack-parameter-undeclared",
        message: `${stack.name} passes parameter ${entry.key}, which ${child.file} does not declare (CloudFormation rejects this)`,
        range: entry.keyRange
      });
      continue;
    }
    child.given.set(entry.key, { kind: "parent", node: entry.value, template: parent, stack: stack.name });
  }
  for (const resource of child.resources) {
    resource.logicalId ??= resource.name;
    resource.name = `${child.stackPath}/${resource.logicalId}`;
  }
}
function note(stack, code, message, entry) {
  return { file: stack.file, severity: "note", code, message, range: entry ? entry.keyRange : stack.range };
}

// src/lint/parameters.ts
import { existsSync as existsSync3 } from "node:fs";
import { resolve as resolve6 } from "node:path";

// src/parsers/cloudformation/parameter-file.ts
init_node();
init_range();
init_json_reader();
var CODE = "parameter-file";
function parseParameterFile(file, rawText) {
  const text = rawText.charCodeAt(0) === 65279 ? rawText.slice(1) : rawText;
  const index = new LineIndex(text);
  const diagnostics = [];
  const values = [];
  const error = (message, range) => {
    diagnostics.push(range ? { file, severity: "error", code: CODE, message, range } : { file, severity: "error", code: CODE, message });
  };
  let root2;
  if (/^\s*[[{]/.test(text)) {
    const json = readJson(file, text, index);
    diagnostics.push(...json.diagnostics);
    root2 = json.root;
    if (!root2 && /^\s*\{/.test(text)) return { values, diagnostics };
  }
  if (!root2 && diagnostics.length === 0) {
    const yaml = readYaml(file, text, index);
    diagnostics.push(...yaml.diagnostics);
    if (yaml.documents.length > 1) error("a parameter file holds one YAML document", yaml.documents[1].root?.range);
    root2 = yaml.documents[0]?.root;
  }
  if (!root2) {
    if (diagnostics.length === 0) error("the parameter file is empty", index.range(0, 0));
    return { values, diagnostics };
  }
  const add = (key, node) => {
    const value2 = parameterValue(node);
    if (value2 === void 0) error(`the value of parameter ${key} must be a string, a number, a boolean or a list of them`, node.range);
    else values.push({ key, value: value2, range: node.range });
  };
  if (root2.kind === "seq") {
    for (const item of root2.items) {
      const key = get(item, "ParameterKey");
      const value2 = get(item, "ParameterValue");
      if (item.kind !== "map" || key?.kind !== "scalar" || typeof key.value !== "string") {
        error("each entry of a parameter list must be a mapping with ParameterKey and ParameterValue", item.range);
      } else if (value2) {
        add(key.value, value2);
      } else if (!isTrue(get(item, "UsePreviousValue"))) {
        error(`parameter ${key.value} has no ParameterValue`, item.range);
      }
    }
    return { values, diagnostics };
  }
  if (root2.kind !== "map") {
    error('a parameter file must hold a list of {ParameterKey, ParameterValue}, a {"Parameters": {...}} template configuration, or a mapping of parameter names to values', root2.range);
    return { values, diagnostics };
  }
  const configuration = get(root2, "Parameters");
  const mapping = configuration === void 0 ? root2 : configuration.kind === "map" ? configuration : void 0;
  if (!mapping) {
    error("Parameters in a template configuration file must be a mapping of parameter names to values", configuration.range);
    return { values, diagnostics };
  }
  for (const entry of mapping.entries) add(entry.key, entry.value);
  return { values, diagnostics };
}
function parameterValue(node) {
  if (node.tag) return void 0;
  if (node.kind === "scalar") return node.value === null ? void 0 : String(node.value);
  if (node.kind === "seq") {
    const parts = node.items.map((item) => item.kind === "scalar" && item.value !== null && !item.tag ? String(item.value) : void 0);
    return parts.every((p) => p !== void 0) ? parts.join(",") : void 0;
  }
  return void 0;
}
function isTrue(node) {
  return node?.kind === "scalar" && (node.value === true || String(node.value).toLowerCase() === "true");
}

// src/lint/parameters.ts
var COMMAND_LINE = "--parameters";
async function readGivenValues(files, parameters, options) {
  const byKey = /* @__PURE__ */ new Map();
  const diagnostics = [];
  for (const file of files) {
    const abs = resolve6(options.cwd, file);
    const shown2 = relativePath(options.cwd, abs) || file;
    if (!existsSync3(abs) && isWithin(options.boundary, abs)) {
      diagnostics.push({ file: shown2, severity: "error", code: "parameter-file", message: "parameter file not found" });
      continue;
    }
    const read = await readSourceFile(abs, shown2, options.maxBytes, options.boundary);
    if (!read.ok) {
      diagnostics.push({ ...read.diagnostic, severity: "error", message: `parameter file ${read.diagnostic.message}` });
      continue;
    }
    diagnostics.push(...read.diagnostics);
    const parsed = parseParameterFile(shown2, read.text);
    diagnostics.push(...parsed.diagnostics);
    for (const { key, value: value2, range } of parsed.values) {
      byKey.delete(key);
      byKey.set(key, { key, value: value2, source: shown2, range });
    }
  }
  for (const { key, value: value2 } of parameters) {
    byKey.delete(key);
    byKey.set(key, { key, value: value2, source: COMMAND_LINE });
  }
  return { values: [...byKey.values()], diagnostics };
}
function applyGivenValues(templates, values) {
  if (!values || values.length === 0) return [];
  const used = /* @__PURE__ */ new Set();
  for (const template of templates) {
    for (const given of values) {
      if (!template.parameters.has(given.key)) continue;
      template.given ??= /* @__PURE__ */ new Map();
      template.given.set(given.key, { kind: "value", value: given.value, source: given.source });
      used.add(given.key);
    }
  }
  return [...used];
}
function undeclaredValues(values, used) {
  return values.filter((v) => !used.has(v.key)).map((v) => {
    const message = `parameter ${v.key} is given a value but no linted template declares it`;
    return v.range ? { file: v.source, severity: "warning", code: "parameter-undeclared", message, range: v.range } : { file: v.source, severity: "warning", code: "parameter-undeclared", message };
  });
}

// src/lint/cloudformation-templates.ts
async function prepareTemplates(templates, abs, given, options) {
  const parametersUsed = applyGivenValues(templates, given);
  const nested = await followNestedStacks(templates, abs, options);
  const all = [...templates, ...nested.templates];
  const diagnostics = [...nested.diagnostics, ...all.flatMap(conditionCycles)];
  return { templates: all, diagnostics, children: nested.children, parametersUsed };
}
function conditionCycles(template) {
  const section = asMap(get(template.root, "Conditions"));
  return conditionTable(template).cycles.map((cycle) => {
    const entry = getEntry(section, cycle[0]);
    const message = `conditions ${cycle.join(" → ")} refer to each other in a cycle (CloudFormation rejects this); they are left undecided`;
    return entry ? { file: template.file, severity: "error", code: "cfn-condition-cycle", message, range: entry.keyRange } : { file: template.file, severity: "error", code: "cfn-condition-cycle", message };
  });
}
function createdResources(templates) {
  return templates.map((template) => {
    const created = template.resources.filter((resource) => resourceCondition(resource).value !== false);
    return created.length === template.resources.length ? template : { ...template, resources: created };
  });
}
function withConstructPaths(findings, templates) {
  const paths = /* @__PURE__ */ new Map();
  for (const template of templates) for (const r of template.resources) if (r.constructPath) paths.set(`${r.file}\0${r.name}`, r.constructPath);
  if (paths.size === 0) return findings;
  return findings.map((f) => {
    const path = paths.get(`${f.file}\0${f.resource.name}`);
    return path ? { ...f, message: `${f.message} (CDK construct ${path})`, resource: { ...f.resource, constructPath: path } } : f;
  });
}

// src/lint/plan-unit.ts
import { dirname as dirname5, resolve as resolve9 } from "node:path";
init_node();

// src/lint/terraform-directory.ts
import { existsSync as existsSync4 } from "node:fs";
import { resolve as resolve8 } from "node:path";
init_module_sources();
async function readTerraformDirectory(dir, files, settings, syntaxOnly = () => false) {
  const { cwd, maxBytes, boundary } = settings;
  const { parseTerraformModule: parseTerraformModule2 } = await Promise.resolve().then(() => (init_terraform(), terraform_exports));
  const diagnostics = [];
  const readAll2 = async (list2) => {
    const inputs2 = [];
    for (const file of list2) {
      const read = await readSourceFile(file.abs, file.path, maxBytes, boundary);
      if (read.ok) {
        inputs2.push({ path: file.path, text: read.text });
        diagnostics.push(...read.diagnostics);
      } else if (read.reason !== "not-a-file") {
        diagnostics.push(read.diagnostic);
      }
    }
    return inputs2;
  };
  const inputs = await readAll2(files);
  const onlySyntax = syntaxOnly(inputs);
  const manifestPath = joinRel(dir, MODULES_MANIFEST);
  const manifestAbs = resolve8(cwd, manifestPath);
  const manifest = onlySyntax || !existsSync4(manifestAbs) ? void 0 : await readSourceFile(manifestAbs, manifestPath, maxBytes, boundary);
  if (manifest && !manifest.ok) diagnostics.push(manifest.diagnostic);
  const parsed = await parseTerraformModule2(dir, inputs, {
    syntaxOnly: onlySyntax,
    ...manifest?.ok ? { modulesManifest: manifest.text } : {},
    ...settings.values ? { values: settings.values } : {},
    // A child module is read through its call (with the caller's inputs); tfvars apply to the root module only.
    readModule: async (moduleDir) => {
      const absDir = resolve8(cwd, moduleDir);
      const refused = refusal(boundary, absDir, moduleDir, "module directory");
      if (refused) {
        diagnostics.push(refused);
        return void 0;
      }
      const found = (await listTerraformFiles(absDir, cwd)).filter((f) => kindOf(f.path) === "terraform");
      return readAll2(found);
    }
  });
  diagnostics.push(...parsed.diagnostics);
  return { parsed, inputs, diagnostics };
}

// src/lint/plan-unit.ts
async function lintPlanFile(file, text, readDiagnostics, rules, settings) {
  const parsed = parseTerraformPlan(file.path, text);
  if (!parsed.isPlan) return void 0;
  const outcome = { findings: [], diagnostics: [...readDiagnostics, ...parsed.diagnostics] };
  if (!parsed.module) return outcome;
  const checked = runRules([parsed.module], rules, settings);
  outcome.diagnostics.push(...checked.diagnostics);
  if (checked.findings.length === 0) return outcome;
  const definitions3 = await definitionsBeside(file, settings, outcome.diagnostics);
  const keyAt = /* @__PURE__ */ new Map();
  for (const r of parsed.module.resources) for (const e of r.properties.entries) keyAt.set(e.keyRange.start.offset, e.key);
  outcome.findings = checked.findings.map((f) => atDefinition(f, keyAt, definitions3));
  return outcome;
}
async function definitionsBeside(file, settings, diagnostics) {
  const absDir = settings.planRoot ? resolve9(settings.cwd, settings.planRoot) : dirname5(file.abs);
  const refused = refusal(settings.boundary, absDir, settings.planRoot ?? dirname5(file.path), "plan root");
  if (refused) {
    diagnostics.push(refused);
    return { byAddress: /* @__PURE__ */ new Map(), directives: /* @__PURE__ */ new Map() };
  }
  const files = (await listTerraformFiles(absDir, settings.cwd)).filter((f) => kindOf(f.path) === "terraform");
  const out = /* @__PURE__ */ new Map();
  if (files.length === 0) return { byAddress: out, directives: /* @__PURE__ */ new Map() };
  const read = await readTerraformDirectory(dirname5(files[0].path), files, settings);
  if (read.diagnostics.some((d) => d.severity === "error")) {
    diagnostics.push({ file: file.path, severity: "note", code: "plan-root-unreadable", message: `the Terraform files beside the plan have errors; findings point into the plan where a definition could not be read` });
  }
  for (const module of read.parsed.modules) {
    for (const resource of module.resources) if (!out.has(resource.name)) out.set(resource.name, resource);
  }
  return { byAddress: out, directives: collectDirectives(read.parsed.modules).byResource };
}
function atDefinition(finding, keyAt, definitions3) {
  const definition = definitions3.byAddress.get(splitInstanceAddress(finding.resource.name).definition);
  if (!definition) return finding;
  const key = keyAt.get(finding.range.start.offset);
  const entry = key === void 0 ? void 0 : getEntry(definition.properties, key);
  const moved = {
    ...finding,
    file: definition.file,
    range: entry ? { start: entry.keyRange.start, end: entry.value.range.end } : definition.range
  };
  const directive = finding.suppression ? void 0 : directiveFor(definitions3.directives.get(definition), finding.ruleId);
  if (directive) moved.suppression = suppressionOf(directive);
  return moved;
}

// src/lint/unit.ts
function unitName(unit) {
  return unit.kind === "cloudformation" ? unit.file.path : unit.unit.dir;
}
async function lintUnit(unit, settings) {
  const rules = rulesFor(settings);
  try {
    return unit.kind === "cloudformation" ? await lintCloudFormationFile(unit.file, rules, settings) : await lintTerraformUnit(unit.unit, rules, settings);
  } catch (error) {
    return failedUnit(unitName(unit), error);
  }
}
function failedUnit(name, error) {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    findings: [],
    diagnostics: [{ file: name, severity: "error", code: "internal-error", message: `internal error while linting ${name}: ${detail}` }],
    filesScanned: 0,
    calls: []
  };
}
var KNOWN_RULES = allRules.map((r) => r.meta.id);
var DEFAULT_UNIT_TIME_BUDGET_MS = 12e4;
function runOptions(settings, started) {
  return { strict: settings.strict, knownRules: KNOWN_RULES, deadline: started + (settings.timeBudgetMs ?? DEFAULT_UNIT_TIME_BUDGET_MS) };
}
var selected;
function rulesFor(settings) {
  const key = JSON.stringify([settings.rules ?? null, settings.skipRules ?? null, settings.severity ?? null]);
  if (selected?.key !== key) selected = { key, rules: withSeverities(selectRules(settings.rules, settings.skipRules), settings.severity) };
  return selected.rules;
}
async function lintCloudFormationFile(file, rules, settings) {
  const started = Date.now();
  const outcome = { findings: [], diagnostics: [], filesScanned: 0, calls: [] };
  const read = await readSourceFile(file.abs, file.path, settings.maxBytes, settings.boundary);
  if (!read.ok) {
    if (!isQuiet(read, file.explicit)) outcome.diagnostics.push(read.diagnostic);
    return outcome;
  }
  if (looksLikeTerraformPlan(read.text)) {
    const plan = await lintPlanFile(file, read.text, read.diagnostics, rules, settings);
    if (plan) return { ...outcome, ...plan, filesScanned: 1, plan: true };
  }
  const parsed = parseCloudFormation(file.path, read.text);
  if (!parsed.isTemplate) return outcome;
  outcome.filesScanned = 1;
  outcome.scannedFiles = [file.path];
  outcome.diagnostics.push(...read.diagnostics, ...parsed.diagnostics);
  const prepared = await prepareTemplates(parsed.templates, file.abs, settings.parameters, settings);
  outcome.diagnostics.push(...prepared.diagnostics);
  outcome.calls = prepared.children;
  if (prepared.parametersUsed.length > 0) outcome.parametersUsed = prepared.parametersUsed;
  const checked = runRules(createdResources(prepared.templates), rules, runOptions(settings, started));
  outcome.findings.push(...withConstructPaths(checked.findings, prepared.templates));
  outcome.diagnostics.push(...checked.diagnostics);
  return outcome;
}
async function lintTerraformUnit(unit, rules, settings) {
  const started = Date.now();
  const { parsed, inputs, diagnostics } = await readTerraformDirectory(unit.dir, unit.files, settings, (texts) => !mayHoldFindings(texts, rules));
  const { localModuleSources: localModuleSources2 } = await Promise.resolve().then(() => (init_terraform(), terraform_exports));
  const calls = new Set(parsed.modules.flatMap((module) => localModuleSources2(module, settings.cwd)));
  const templates = parsed.modules;
  const checked = runRules(templates, rules, runOptions(settings, started));
  diagnostics.push(...checked.diagnostics);
  const reported = (file) => !unit.reportOnly || unit.reportOnly.has(file);
  return {
    findings: checked.findings.filter((f) => reported(f.file)),
    // A context file's problems are reported even when only other files were named: they can hide findings (SPEC §7).
    diagnostics: diagnostics.filter((d) => reported(d.file) || d.severity !== "note"),
    filesScanned: unit.reportOnly ? unit.reportOnly.size : inputs.length,
    scannedFiles: unit.reportOnly ? [...unit.reportOnly] : inputs.map((input2) => input2.path),
    calls: [...calls],
    root: isRootModule(unit, parsed.modules[0])
  };
}
function isRootModule(unit, module) {
  if (module?.declaresRoot) return true;
  if (unit.files.some((f) => /(^|\/)terraform\.tfvars(\.json)?$/.test(f.path))) return true;
  return existsSync5(join6(unit.absDir, ".terraform.lock.hcl"));
}
function mayHoldFindings(inputs, rules) {
  const types = [...new Set(rules.flatMap((rule) => rule.meta.resourceTypes))];
  return inputs.some(({ text }) => /\bmodule\b|\\[uU]/.test(text) || types.some((type) => text.includes(type)));
}
function isQuiet(read, explicit) {
  return !explicit && (read.reason === "binary" || read.reason === "not-a-file");
}

// src/lint/pool.ts
import { existsSync as existsSync6 } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function defaultWorkerScript() {
  const url = new URL("./iac-lint-worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync6(fileURLToPath(url)) ? url : void 0;
}
var WORKER_YOUNG_GENERATION_MB = 8;
var IN_FLIGHT_PER_WORKER = 2;
async function lintInWorkers(run) {
  const setup = { settings: run.settings };
  return runWorkers(run, setup);
}
function runWorkers(run, setup) {
  const { units, script } = run;
  const queue = units.map((_, i) => i).sort((a, b) => (run.weights[b] ?? 0) - (run.weights[a] ?? 0) || a - b);
  const outcomes = new Array(units.length);
  let done = 0;
  return new Promise((resolve18) => {
    const workers = /* @__PURE__ */ new Set();
    const finish = () => {
      for (const w of workers) void w.terminate();
      resolve18(outcomes.map((o, i) => o ?? failedUnit(unitName(units[i]), new Error("not linted"))));
    };
    const settle = (index, outcome) => {
      if (outcomes[index]) return;
      outcomes[index] = outcome;
      run.onUnitDone?.(index);
      if (++done === units.length) finish();
    };
    const start = () => {
      const worker = new Worker(script, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      workers.add(worker);
      const sent = [];
      let failure;
      const send = () => {
        while (sent.length < IN_FLIGHT_PER_WORKER && queue.length > 0) {
          const index = queue.shift();
          sent.push(index);
          run.onUnit?.(unitName(units[index]));
          const job = { index, unit: units[index] };
          worker.postMessage(job);
        }
        if (sent.length === 0) {
          workers.delete(worker);
          void worker.terminate();
        }
      };
      worker.on("message", (message) => {
        sent.splice(sent.indexOf(message.index), 1);
        settle(message.index, message.outcome);
        send();
      });
      worker.on("error", (error) => {
        failure = error;
      });
      worker.on("exit", (code) => {
        if (!workers.delete(worker) || sent.length === 0) return;
        const [current, ...waiting] = sent;
        queue.unshift(...waiting);
        settle(current, failedUnit(unitName(units[current]), failure ?? new Error(`a worker thread stopped (exit code ${code})`)));
        if (queue.length > 0) start();
      });
      send();
    };
    const lintHere = async () => {
      for (let index = queue.pop(); index !== void 0; index = queue.pop()) {
        run.onUnit?.(unitName(units[index]));
        settle(index, await lintUnit(units[index], run.settings));
        await new Promise((next) => setImmediate(next));
      }
    };
    if (units.length === 0) return finish();
    const workerCount = Math.min(run.lintHere ? run.size - 1 : run.size, units.length);
    for (let i = 0; i < workerCount; i++) start();
    if (run.lintHere || workerCount === 0) void lintHere();
  });
}

// src/lint/shard-units.ts
import { readFileSync, statSync as statSync2 } from "node:fs";
import { dirname as dirname6, resolve as resolve11 } from "node:path";
init_module_sources();

// src/lint/shard.ts
function shardOf(key, n) {
  return hashKey(key) % n + 1;
}
function hashKey(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 2246822507);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 3266489909);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

// src/lint/shard-units.ts
var SOURCE_RE = /"?\bsource"?\s*[=:]\s*"([^"]*)"/g;
function shardLintUnits(units, shard, boundary) {
  const keys = shardKeys(units, boundary);
  return units.filter((_, i) => shardOf(keys[i], shard.n) === shard.k);
}
function shardKeys(units, boundary) {
  const byDir = /* @__PURE__ */ new Map();
  units.forEach((u, i) => byDir.set(u.kind === "terraform" ? u.unit.absDir : u.file.abs, i));
  const parent = units.map((_, i) => i);
  const find = (i) => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const keyOf = (i) => {
    const u = units[i];
    return u.kind === "cloudformation" ? u.file.path : `${u.unit.dir}/`;
  };
  const join8 = (i, j) => {
    const [a, b] = [find(i), find(j)];
    if (a !== b) comparePaths(keyOf(a), keyOf(b)) <= 0 ? parent[b] = a : parent[a] = b;
  };
  units.forEach((u, i) => {
    if (u.kind !== "terraform") {
      const j = byDir.get(dirname6(u.file.abs));
      if (j !== void 0) join8(i, j);
    }
    const joined = u.kind === "terraform" ? localModuleDirs(u.unit.absDir, u.unit.files, boundary) : childTemplates(u.file.abs, boundary);
    for (const dir of joined) {
      const j = byDir.get(dir);
      if (j !== void 0) join8(i, j);
    }
  });
  return units.map((_, i) => keyOf(find(i)));
}
function localModuleDirs(absDir, files, boundary) {
  const dirs = [];
  for (const file of files) {
    if (!isWithin(boundary, file.abs)) continue;
    let text;
    try {
      text = readFileSync(file.abs, "utf8");
    } catch {
      continue;
    }
    for (const match of text.matchAll(SOURCE_RE)) if (isLocalSource(match[1])) dirs.push(resolve11(absDir, match[1]));
  }
  return dirs;
}
var CHILD_TEMPLATE_RE = /["']?\b(?:TemplateURL|Location|aws:asset:path)["']?\s*:\s*["']?([^"'\s{}[\],]+)/g;
function childTemplates(abs, boundary) {
  if (!isWithin(boundary, abs)) return [];
  let text;
  try {
    if (statSync2(abs).size > MAX_LOOK_BYTES) return [];
    text = readFileSync(abs, "utf8");
  } catch {
    return [];
  }
  if (!mayHaveNestedStacks(text)) return [];
  const out = [];
  for (const match of text.matchAll(CHILD_TEMPLATE_RE)) {
    const path = match[1];
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) out.push(resolve11(dirname6(abs), path));
  }
  return out;
}
var MAX_LOOK_BYTES = 10 * 1024 * 1024;

// src/lint/baseline.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname7, relative as relative2, resolve as resolve12 } from "node:path";

// src/reporters/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprints(findings, fileOf = (f) => f.file) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const hash = createHash("sha256").update([f.ruleId, fileOf(f), f.resource.format, f.resource.type, f.resource.name].join("\0")).digest("hex").slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}

// src/lint/baseline.ts
var BASELINE_VERSION = 1;
var BaselineError = class extends Error {
};
function readBaseline(file, shown2) {
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch (error) {
    throw new BaselineError(`${shown2}: cannot read the baseline (${error.code ?? String(error)}); write one with --write-baseline ${shown2}`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${shown2}: not a baseline file: ${error.message}`);
  }
  const findings = data?.findings;
  if (typeof data !== "object" || data === null || data.version !== BASELINE_VERSION || !Array.isArray(findings)) {
    throw new BaselineError(`${shown2}: not a baseline file of this iac-lint (version ${BASELINE_VERSION} with a "findings" list); write it again with --write-baseline`);
  }
  const entries = [];
  findings.forEach((e, i) => {
    const ok2 = typeof e === "object" && e !== null && ["fingerprint", "ruleId", "file", "resource", "type"].every((k) => typeof e[k] === "string");
    if (!ok2) throw new BaselineError(`${shown2}: findings[${i}] needs the strings fingerprint, ruleId, file, resource and type`);
    entries.push(e);
  });
  return { file, entries };
}
function applyBaseline(findings, baseline, shown2, cwd, scanned) {
  const dir = dirname7(baseline.file);
  const fileOf = (f) => relative2(dir, resolve12(cwd, f.file)).split("\\").join("/");
  const prints = fingerprints(findings, fileOf);
  const recorded = new Set(baseline.entries.map((e) => e.fingerprint));
  const used = /* @__PURE__ */ new Set();
  let matched = 0;
  const out = findings.map((f, i) => {
    const print = prints[i];
    if (!recorded.has(print)) return f;
    used.add(print);
    if (f.suppression) return f;
    matched++;
    return { ...f, suppression: { via: "baseline", reason: `recorded in the baseline ${shown2}` } };
  });
  const linted = new Set([...scanned].map((file) => relative2(dir, resolve12(cwd, file)).split("\\").join("/")));
  const stale = baseline.entries.filter((e) => !used.has(e.fingerprint) && linted.has(e.file));
  return { findings: out, status: { file: shown2, matched, stale } };
}

// src/lint/run.ts
var CLOUDFORMATION_WEIGHT = 1 / 8;
async function lint(options) {
  const { cwd } = options;
  const rules = withSeverities(selectRules(options.rules, options.skipRules), options.severity);
  const settings = {
    cwd,
    strict: options.strict ?? false,
    maxBytes: (options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE_MB) * 1024 * 1024,
    boundary: repositoryBoundary(options.paths, cwd)
  };
  if (options.rules) settings.rules = options.rules;
  if (options.skipRules) settings.skipRules = options.skipRules;
  if (options.planRoot !== void 0) settings.planRoot = options.planRoot;
  if (options.unitTimeBudgetMs !== void 0) settings.timeBudgetMs = options.unitTimeBudgetMs;
  const given = await readGivenValues(options.parameterFiles ?? [], options.parameters ?? [], settings);
  if (given.values.length > 0) settings.parameters = given.values;
  if (options.severity) settings.severity = options.severity;
  const baseline = options.baseline !== void 0 ? readBaseline(resolve13(cwd, options.baseline), options.baseline) : void 0;
  const discovery = await discover(options.paths, { cwd, exclude: options.exclude });
  const result = { findings: [], diagnostics: [...given.diagnostics, ...discovery.diagnostics], filesScanned: 0, rules: rules.map((r) => r.meta) };
  if (options.vars?.length || options.varFiles?.length) {
    const values = await readRootValues(options, settings);
    settings.values = values.values;
    result.diagnostics.push(...values.diagnostics);
  }
  let units = [
    ...discovery.files.filter((file) => file.kind === "cloudformation").map((file) => ({ kind: "cloudformation", file })),
    ...(await terraformUnits(discovery.files, cwd)).map((unit) => ({ kind: "terraform", unit }))
  ];
  if (options.shard) units = shardLintUnits(units, options.shard, settings.boundary);
  const outcomes = await lintAll(units, settings, options);
  const calledAsModule = calledAsModules(units, outcomes);
  const scanned = [];
  const parametersUsed = /* @__PURE__ */ new Set();
  outcomes.forEach((outcome, i) => {
    result.filesScanned += outcome.filesScanned;
    scanned.push(...outcome.scannedFiles ?? []);
    for (const key of outcome.parametersUsed ?? []) parametersUsed.add(key);
    if (calledAsModule[i]) return;
    result.findings.push(...outcome.findings);
    result.diagnostics.push(...outcome.diagnostics);
  });
  if (!options.shard) result.diagnostics.push(...undeclaredValues(given.values, parametersUsed));
  result.diagnostics = withoutDuplicateDiagnostics(result.diagnostics);
  result.scannedFiles = [...new Set(scanned)].sort(comparePaths);
  result.findings = withoutDuplicates(withoutPlannedTwice(result.findings, outcomes)).map((f) => f.message.length > MESSAGE_LIMIT ? { ...f, message: shorten(f.message, MESSAGE_LIMIT) } : f);
  result.diagnostics = result.diagnostics.map((d) => d.message.length > MESSAGE_LIMIT ? { ...d, message: shorten(d.message, MESSAGE_LIMIT) } : d);
  result.diagnostics = withoutStaleSuppressionWarnings(result.diagnostics, result.findings);
  result.findings.sort(byPlace);
  result.diagnostics.sort(byPlace);
  if (baseline) {
    const scanned2 = units.flatMap((u) => u.kind === "cloudformation" ? [u.file.path] : u.unit.reportOnly ? [...u.unit.reportOnly] : u.unit.files.map((f) => f.path));
    const applied = applyBaseline(result.findings, baseline, options.baseline, cwd, scanned2);
    result.findings = applied.findings;
    result.baseline = applied.status;
  }
  return result;
}
async function lintAll(units, settings, options) {
  const files = units.map((unit) => unit.kind === "cloudformation" ? 1 : unit.unit.reportOnly?.size ?? unit.unit.files.length);
  const fileTotal = files.reduce((a, b) => a + b, 0);
  let filesDone = 0;
  const unitDone = (index) => {
    filesDone += files[index] ?? 0;
    options.onProgress?.(filesDone, fileTotal);
  };
  const script = defaultWorkerScript();
  const chosen = options.workers ?? 0;
  if (script && chosen >= 2 && units.length >= 2) {
    const weights = units.map(unitBytes);
    return lintInWorkers({ units, weights, settings, size: chosen, script, lintHere: true, onUnitDone: unitDone, ...options.onFile ? { onUnit: options.onFile } : {} });
  }
  const outcomes = [];
  for (const [index, unit] of units.entries()) {
    options.onFile?.(unitName(unit));
    outcomes.push(await lintUnit(unit, settings));
    unitDone(index);
  }
  return outcomes;
}
function unitBytes(unit) {
  const files = unit.kind === "cloudformation" ? [unit.file] : unit.unit.files;
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync3(file.abs).size;
    } catch {
    }
  }
  return unit.kind === "cloudformation" ? bytes * CLOUDFORMATION_WEIGHT : bytes;
}
function calledAsModules(units, outcomes) {
  const absDirs = units.map((u) => u.kind === "terraform" ? u.unit.absDir : u.file.abs);
  const calls = outcomes.map((o) => new Set(o.calls));
  const callers = /* @__PURE__ */ new Map();
  units.forEach((unit, j) => {
    if (unit.kind === "terraform" && unit.unit.reportOnly) return;
    for (const dir of calls[j]) callers.set(dir, [...callers.get(dir) ?? [], j]);
  });
  return absDirs.map((self, i) => self !== void 0 && !outcomes[i].root && (callers.get(self) ?? []).some((j) => j !== i && !calls[i].has(absDirs[j])));
}
function withoutPlannedTwice(findings, outcomes) {
  const planned = /* @__PURE__ */ new Set();
  const key = (f) => JSON.stringify([f.ruleId, f.file, f.range.start.offset, splitInstanceAddress(f.resource.name).definition]);
  const fromPlans = /* @__PURE__ */ new Set();
  for (const o of outcomes) {
    if (!o.plan) continue;
    for (const f of o.findings) {
      planned.add(key(f));
      fromPlans.add(f);
    }
  }
  return planned.size === 0 ? findings : findings.filter((f) => fromPlans.has(f) || !planned.has(key(f)));
}
function withoutDuplicates(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = JSON.stringify([f.ruleId, f.file, f.range, f.resource.name, f.message, f.suppression ?? null]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function withoutStaleSuppressionWarnings(diagnostics, findings) {
  const at = (file, range) => `${file}\0${range?.start.offset ?? -1}`;
  const used = new Set(findings.filter((f) => f.suppression).map((f) => `${at(f.file, f.suppression.range)}\0${f.ruleId.toUpperCase()}`));
  const seen = /* @__PURE__ */ new Set();
  return diagnostics.filter((d) => {
    if (!d.code.includes("suppression")) return true;
    const key = `${at(d.file, d.range)}\0${d.code}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const rule = unusedSuppressionRule(d);
    return rule === void 0 || !used.has(`${at(d.file, d.range)}\0${rule}`);
  });
}
async function readRootValues(options, settings) {
  const values = { varFiles: [], vars: options.vars ?? [] };
  const diagnostics = [];
  for (const given of options.varFiles ?? []) {
    const abs = resolve13(options.cwd, given);
    const shown2 = relativePath(options.cwd, abs);
    const read = await readSourceFile(abs, shown2, settings.maxBytes, settings.boundary);
    if (read.ok) {
      values.varFiles.push({ path: shown2, text: read.text });
      diagnostics.push(...read.diagnostics);
    } else {
      diagnostics.push({ ...read.diagnostic, message: `--var-file ${shorten(given)}: ${read.diagnostic.message}` });
    }
  }
  return { values, diagnostics };
}
function withoutDuplicateDiagnostics(diagnostics) {
  const seen = /* @__PURE__ */ new Set();
  return diagnostics.filter((d) => {
    const key = JSON.stringify([d.file, d.code, d.range ?? null, d.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function byPlace(a, b) {
  return comparePaths(a.file, b.file) || (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0) || (a.range?.start.column ?? 0) - (b.range?.start.column ?? 0);
}

// src/reporters/escape.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var UNSAFE_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function shown(c) {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function neutralize(s) {
  return s.replace(UNSAFE, shown);
}
function neutralizeKeepingLineBreaks(s) {
  return s.replace(UNSAFE_BUT_LINE_BREAKS, shown);
}
function markdownText(s) {
  return neutralize(s.replace(/\r\n|\r|\n/g, " ")).replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}
function markdownCode(s) {
  return neutralize(s.replace(/\r\n|\r|\n/g, " ")).replace(/`/g, "'").replace(/\|/g, "\\|");
}

// src/reporters/github.ts
var githubReporter = (result) => {
  const lines2 = [];
  for (const f of result.findings) {
    if (f.suppression) continue;
    lines2.push(command(levelOf(f.severity), f.file, f.range, f.ruleId, `${f.message} (${f.resource.name})`));
  }
  for (const d of result.diagnostics) {
    lines2.push(command(d.severity, d.file, d.range, `iac-lint ${d.code}`, d.message));
  }
  return lines2.length > 0 ? `${lines2.join("\n")}
` : "";
};
function command(level, file, range, title, message) {
  const name = level === "note" ? "notice" : level;
  const props = [["file", file]];
  if (range) {
    props.push(["line", range.start.line], ["endLine", range.end.line], ["col", range.start.column], ["endColumn", range.end.column]);
  }
  props.push(["title", title]);
  return `::${name} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(message)}`;
}
function escapeData(s) {
  return neutralizeKeepingLineBreaks(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/reporters/summary.ts
function summarize(result) {
  const active = result.findings.filter((f) => !f.suppression);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  return {
    filesScanned: result.filesScanned,
    findings: active.length,
    filesWithFindings: new Set(active.map((f) => f.file)).size,
    suppressed: result.findings.filter((f) => f.suppression && f.suppression.via !== "baseline").length,
    baselined: result.findings.filter((f) => f.suppression?.via === "baseline").length,
    staleBaselineEntries: result.baseline?.stale.length ?? 0,
    errors: errors.length,
    warnings: result.diagnostics.filter((d) => d.severity === "warning").length,
    notes: result.diagnostics.filter((d) => d.severity === "note").length,
    filesWithErrors: new Set(errors.map((d) => d.file)).size
  };
}

// src/reporters/markdown-summary.ts
var FORMAT_NAMES = {
  cloudformation: "CloudFormation",
  terraform: "Terraform"
};
function markdownSummary(result, _ctx, options = {}) {
  const maxRows = options.maxRows ?? 500;
  const counts = summarize(result);
  const active = result.findings.filter((f) => !f.suppression);
  const problems = result.diagnostics;
  const out = [];
  out.push(`## iac-lint: ${headline(counts.findings, problems.length)}`, "");
  out.push("| | |", "|---|---:|");
  out.push(`| Findings | ${counts.findings}${bySeverity(active)} |`);
  out.push(`| Suppressed | ${counts.suppressed} |`);
  if (result.baseline) out.push(`| In the baseline | ${counts.baselined} (${counts.staleBaselineEntries} stale ${counts.staleBaselineEntries === 1 ? "entry" : "entries"}) |`);
  out.push(`| Files scanned | ${counts.filesScanned} |`);
  out.push(`| Input problems | ${problems.length} |`, "");
  if (active.length > 0) {
    out.push("### Findings", "", "| Severity | Rule | Location | Resource | Message |", "|---|---|---|---|---|");
    for (const f of sortFindings(active).slice(0, maxRows)) {
      out.push(
        `| ${f.severity} | ${ruleLink(f.ruleId, result.rules)} | ${location(f.file, f.range.start.line, options.blobUrl)} | \`${markdownCode(f.resource.name)}\` | ${markdownText(f.message)} |`
      );
    }
    if (active.length > maxRows) out.push("", `…and ${active.length - maxRows} more (see the SARIF file).`);
    out.push("");
  }
  if (problems.length > 0) {
    out.push("### Input problems", "", "| Level | Location | Problem |", "|---|---|---|");
    for (const d of sortDiagnostics(problems).slice(0, maxRows)) {
      out.push(`| ${d.severity} | ${location(d.file, d.range?.start.line, options.blobUrl)} | ${markdownText(d.message)} |`);
    }
    if (problems.length > maxRows) out.push("", `…and ${problems.length - maxRows} more.`);
    out.push("");
  }
  const fixes = howToFix(active, result.rules);
  if (fixes.length > 0) out.push("### How to fix", "", ...fixes);
  return `${out.join("\n").trimEnd()}
`;
}
function headline(findings, problems) {
  const parts = [findings === 0 ? "no findings" : plural(findings, "finding")];
  if (problems > 0) parts.push(plural(problems, "input problem"));
  return parts.join(", ");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function bySeverity(findings) {
  const counts = [...SEVERITY_ORDER].reverse().map((s) => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0);
  return counts.length === 0 ? "" : ` (${counts.map(([s, n]) => `${n} ${s}`).join(", ")})`;
}
function sortFindings(findings) {
  const rank = (s) => SEVERITY_ORDER.indexOf(s);
  return [...findings].sort(
    (a, b) => rank(b.severity) - rank(a.severity) || a.file.localeCompare(b.file) || a.range.start.line - b.range.start.line
  );
}
function sortDiagnostics(diagnostics) {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0)
  );
}
function ruleLink(ruleId, rules) {
  const meta = rules.find((r) => r.id === ruleId);
  return meta?.helpUri ? `[${markdownText(ruleId)}](${meta.helpUri})` : markdownText(ruleId);
}
function location(file, line, blobUrl2) {
  const text = `\`${markdownCode(line === void 0 ? file : `${file}:${line}`)}\``;
  if (!blobUrl2) return text;
  const href = `${blobUrl2}${file.split("/").map(encodeURIComponent).join("/")}${line === void 0 ? "" : `#L${line}`}`;
  return `[${text}](${href})`;
}
function howToFix(findings, rules) {
  const out = [];
  for (const meta of rules) {
    const mine = findings.filter((f) => f.ruleId === meta.id);
    if (mine.length === 0) continue;
    out.push(`#### ${meta.id}: ${meta.title}`, "");
    const formats = Object.keys(FORMAT_NAMES).filter(
      (fmt) => mine.some((f) => f.resource.format === fmt)
    );
    for (const fmt of formats) {
      const text = meta.remediation[fmt];
      if (text) out.push(`**${FORMAT_NAMES[fmt]}**`, "", text.trim(), "");
    }
    if (meta.helpUri) out.push(`See [${meta.id}](${meta.helpUri}).`, "");
  }
  return out;
}

// src/reporters/sarif.ts
import { isAbsolute as isAbsolute2, relative as relative3, resolve as resolve14, sep as sep3 } from "node:path";
import { pathToFileURL as pathToFileURL2 } from "node:url";

// src/reporters/rule-docs.ts
var FORMAT_NAMES2 = { cloudformation: "CloudFormation", terraform: "Terraform" };
function ruleDocsMarkdown(meta, examples = []) {
  const out = [];
  out.push(`# ${meta.id} — ${meta.title}`, "");
  out.push(`Severity: **${meta.severity}** · Compliance: ${meta.compliance.join(", ")} · Source rule: <${meta.helpUri}>`, "");
  out.push("## What it does", "", meta.description, "");
  if (meta.details) out.push(meta.details.trim(), "");
  out.push("## Why is this bad", "", meta.rationale, "");
  out.push("## Examples", "");
  for (const e of examples) {
    out.push(`### ${e.format}`, "", "Bad:", "", fence(e.language, e.bad), "", "Good:", "", fence(e.language, e.good), "");
  }
  out.push(`${examples.length > 0 ? "More examples, one per case, are" : "Examples, one per case, are"} the fixtures in \`fixtures/rules/${meta.id}/{good,bad,strict}/\`.`, "");
  out.push("## How to fix", "");
  for (const [format2, text] of Object.entries(meta.remediation)) {
    if (format2 === "cli" || format2 === "notes" || !text) continue;
    out.push(`- ${FORMAT_NAMES2[format2] ?? format2}: ${text}`);
  }
  if (meta.remediation.cli) out.push("- An existing resource, with the AWS CLI:", "", indent(fence("sh", meta.remediation.cli)));
  out.push("");
  if (meta.remediation.notes) out.push(meta.remediation.notes.trim(), "");
  out.push(
    `To accept a resource deliberately, suppress the finding with a reason: \`# iac-lint:ignore ${meta.id} reason\` in a comment inside the resource or on the comment lines directly above its header (YAML, HCL), or \`Metadata: {iac-lint: {ignore: [{id: ${meta.id}, reason: "…"}]}}\` on a CloudFormation resource (also in JSON).`,
    ""
  );
  return out.join("\n");
}
function fence(language, text) {
  return `\`\`\`${language}
${text.replace(/\s+$/, "")}
\`\`\``;
}
function indent(text) {
  return text.split("\n").map((l) => l ? `  ${l}` : l).join("\n");
}

// src/reporters/sarif-uri.ts
import { pathToFileURL } from "node:url";
function relativeUri(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}

// src/reporters/sarif.ts
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var INFORMATION_URI = "https://github.com/iac-lint/iac-lint";
var SRCROOT = "%SRCROOT%";
var sarifReporter = (result, ctx) => {
  const root2 = ctx.sourceRoot ?? ctx.cwd;
  const uriOf = (file) => {
    const abs = resolve14(ctx.cwd, file);
    const rel = relative3(root2, abs).split(sep3).join("/");
    return rel.startsWith("../") || rel === ".." || isAbsolute2(rel) ? { uri: pathToFileURL2(abs).href } : { uri: relativeUri(rel), uriBaseId: SRCROOT };
  };
  const ruleIndex = new Map(result.rules.map((rule, i) => [rule.id, i]));
  const prints = fingerprints(result.findings);
  const run = {
    tool: {
      driver: {
        name: "iac-lint",
        version: ctx.toolVersion,
        semanticVersion: ctx.toolVersion,
        informationUri: INFORMATION_URI,
        rules: result.rules.map(ruleDescriptor)
      }
    },
    originalUriBaseIds: {
      [SRCROOT]: {
        uri: directoryUri(root2),
        description: { text: ctx.sourceRoot && ctx.sourceRoot !== ctx.cwd ? "The root of the git work tree that holds the linted files" : "The working directory of the run (no git work tree holds it)" }
      }
    },
    invocations: [
      {
        executionSuccessful: !result.diagnostics.some((d) => d.code === "internal-error"),
        toolExecutionNotifications: result.diagnostics.map((d) => notification(d, uriOf))
      }
    ],
    results: result.findings.map((f, i) => sarifResult(f, ruleIndex.get(f.ruleId), prints[i], uriOf)),
    columnKind: "utf16CodeUnits"
  };
  if (ctx.automationId) run.automationDetails = { id: ctx.automationId };
  const log = { $schema: SCHEMA, version: "2.1.0", runs: [run] };
  return `${JSON.stringify(log, null, 2)}
`;
};
function ruleDescriptor(rule) {
  const level = levelOf(rule.severity);
  const fix = rule.remediation.cli ? `

How to fix an existing database: ${rule.remediation.cli}` : "";
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description}

${rule.rationale}${fix}`, markdown: ruleDocsMarkdown(rule) },
    helpUri: rule.helpUri,
    defaultConfiguration: { level },
    properties: {
      tags: rule.tags,
      precision: rule.precision,
      "security-severity": rule.securitySeverity,
      "problem.severity": level === "note" ? "recommendation" : level,
      compliance: rule.compliance
    }
  };
}
function sarifResult(f, index, fingerprint, uriOf) {
  const result = {
    ruleId: f.ruleId,
    ...index !== void 0 ? { ruleIndex: index } : {},
    level: levelOf(f.severity),
    message: { text: `${f.message} (${f.resource.name})` },
    locations: [
      {
        physicalLocation: physicalLocation(uriOf(f.file), f.range),
        logicalLocations: [
          {
            name: f.resource.name,
            fullyQualifiedName: f.resource.constructPath ?? (f.resource.format === "cloudformation" ? `Resources.${f.resource.name}` : f.resource.name),
            kind: "resource"
          }
        ]
      }
    ],
    partialFingerprints: { "iacLint/v1": fingerprint }
  };
  if (f.related?.length) {
    result.relatedLocations = f.related.map((r, id) => ({ id, physicalLocation: physicalLocation(uriOf(r.file), r.range), message: { text: r.message } }));
  }
  if (f.suppression) {
    result.suppressions = [{ kind: f.suppression.via === "baseline" ? "external" : "inSource", status: "accepted", justification: f.suppression.reason }];
  }
  if (f.fix) result.fixes = [sarifFix(f.fix, uriOf)];
  return result;
}
function sarifFix(fix, uriOf) {
  const byFile = /* @__PURE__ */ new Map();
  for (const edit of fix.edits) {
    const { start, end } = edit.range;
    const deletedRegion = { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
    byFile.set(edit.file, [...byFile.get(edit.file) ?? [], { deletedRegion, insertedContent: { text: edit.text } }]);
  }
  return {
    description: { text: fix.description },
    artifactChanges: [...byFile].map(([file, replacements]) => ({ artifactLocation: uriOf(file), replacements })),
    properties: { applicability: fix.applicability }
  };
}
function notification(d, uriOf) {
  return {
    level: d.severity,
    message: { text: d.message },
    descriptor: { id: d.code },
    locations: [{ physicalLocation: physicalLocation(uriOf(d.file), d.range) }]
  };
}
function physicalLocation(artifactLocation, range) {
  const location2 = { artifactLocation };
  if (range) location2.region = region(range);
  return location2;
}
function region(range) {
  const { start, end } = range;
  const after = end.line > start.line || end.line === start.line && end.column > start.column;
  return after ? { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column } : { startLine: start.line, startColumn: start.column };
}

// src/reporters/text.ts
var ANSI = { red: 31, yellow: 33, cyan: 36, magenta: 35, dim: 2, bold: 1 };
var DIAGNOSTICS_HEADING = "Diagnostics (problems with the input and notes; not findings):";
var textReporter = (result, ctx) => {
  const paint = (code, s) => ctx.color ? `\x1B[${code}m${s}\x1B[0m` : s;
  const levelColor = (level) => level === "error" ? ANSI.red : level === "warning" ? ANSI.yellow : ANSI.cyan;
  const lines2 = [];
  for (const f of result.findings) {
    if (f.suppression) continue;
    const level = levelOf(f.severity);
    const place = `${f.file}:${f.range.start.line}:${f.range.start.column}`;
    lines2.push(`${paint(ANSI.bold, neutralize(place))}  ${paint(levelColor(level), level)}  ${f.ruleId}  ${neutralize(f.message)}  ${paint(ANSI.dim, `(${neutralize(f.resource.name)})`)}`);
  }
  if (ctx.quiet) return lines2.length > 0 ? `${lines2.join("\n")}
` : "";
  if (result.diagnostics.length > 0) {
    if (lines2.length > 0) lines2.push("");
    lines2.push(paint(ANSI.magenta, DIAGNOSTICS_HEADING));
    for (const d of result.diagnostics) {
      lines2.push(`${paint(ANSI.bold, neutralize(diagnosticPlace(d)))}  ${paint(levelColor(d.severity), d.severity)}  ${paint(ANSI.magenta, `[${d.code}]`)}  ${neutralize(d.message)}`);
    }
  }
  const stale = result.baseline?.stale ?? [];
  if (stale.length > 0) {
    if (lines2.length > 0) lines2.push("");
    lines2.push(`${neutralize(result.baseline.file)}: ${plural2(stale.length, "baseline entry", "baseline entries")} no longer ${stale.length === 1 ? "matches" : "match"} a finding (fixed, renamed or removed; write the baseline again with --write-baseline):`);
    for (const e of stale) lines2.push(`  ${e.ruleId}  ${neutralize(e.file)}  (${neutralize(e.resource)})`);
  }
  if (lines2.length > 0) lines2.push("");
  lines2.push(summaryLine(summarize(result), result.diagnostics));
  return `${lines2.join("\n")}
`;
};
function diagnosticPlace(d) {
  return d.range ? `${d.file}:${d.range.start.line}:${d.range.start.column}` : d.file;
}
function summaryLine(s, diagnostics) {
  const parts = [`${plural2(s.findings, "finding")} in ${plural2(s.filesWithFindings, "file")} (${plural2(s.filesScanned, "file")} scanned)`];
  if (s.suppressed > 0) parts.push(`${s.suppressed} suppressed`);
  if (s.baselined > 0) parts.push(`${s.baselined} in the baseline`);
  if (s.staleBaselineEntries > 0) parts.push(`${plural2(s.staleBaselineEntries, "stale baseline entry", "stale baseline entries")}`);
  const problems = [];
  if (s.filesWithErrors > 0) problems.push(`${plural2(s.filesWithErrors, "file")} could not be read or parsed`);
  const skipped = new Set(diagnostics.filter((d) => d.severity !== "error" && isInputProblem(d)).map((d) => d.file)).size;
  if (skipped > 0) problems.push(`${plural2(skipped, "file")} skipped unread`);
  let summary = parts.join(", ");
  if (problems.length > 0) summary += `; input problems: ${problems.join(", ")}`;
  const otherWarnings = diagnostics.filter((d) => d.severity === "warning" && !isInputProblem(d)).length;
  if (otherWarnings > 0) summary += `; ${plural2(otherWarnings, "warning")}`;
  return summary;
}
function plural2(n, word, words = `${word}s`) {
  return `${n} ${n === 1 ? word : words}`;
}

// src/action/inputs.ts
var INPUT_DEFAULTS = {
  paths: ".",
  exclude: "",
  "sarif-file": "iac-lint.sarif",
  "fail-on": "",
  strict: "",
  annotate: "true",
  config: ""
};
var InputError = class extends Error {
};
function readInputs(env) {
  const failOn = input(env, "fail-on").toLowerCase();
  if (failOn !== "" && !isFailOnChoice(failOn)) {
    throw new InputError(`Input "fail-on" must be one of ${FAIL_ON_CHOICES.join(", ")}; got "${failOn}".`);
  }
  const paths = lines(input(env, "paths"));
  const inputs = {
    paths: paths.length > 0 ? paths : ["."],
    exclude: lines(input(env, "exclude")),
    sarifFile: input(env, "sarif-file"),
    annotate: booleanInput(env, "annotate"),
    config: input(env, "config")
  };
  if (failOn !== "") inputs.failOn = parseFailOn(failOn);
  if (input(env, "strict") !== "") inputs.strict = booleanInput(env, "strict");
  return inputs;
}
function input(env, name) {
  const value2 = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
  return (value2 ?? INPUT_DEFAULTS[name] ?? "").trim();
}
function lines(value2) {
  return value2.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
}
function booleanInput(env, name) {
  const value2 = input(env, name);
  if (["true", "True", "TRUE"].includes(value2)) return true;
  if (["false", "False", "FALSE"].includes(value2)) return false;
  throw new InputError(`Input "${name}" must be true or false; got "${value2}".`);
}
function isFailOnChoice(value2) {
  return FAIL_ON_CHOICES.includes(value2);
}

// src/action/config.ts
import { dirname as dirname9, relative as relative5, resolve as resolve16 } from "node:path";

// src/config/exclude.ts
import { posix as posix2, relative as relative4 } from "node:path";
function excludeFromConfig(globs, configDir, cwd) {
  const down = relative4(configDir, cwd).split("\\").join("/");
  const out = [];
  for (const raw of globs) {
    const anchored = raw.startsWith("./");
    const glob = raw.replace(/^\.\/+/, "").replace(/\/+$/, "");
    if (glob === "") continue;
    const bare = !anchored && !glob.includes("/");
    if (down === "") out.push(raw);
    else if (down.startsWith("..")) {
      const up = relative4(cwd, configDir).split("\\").join("/");
      out.push(posix2.normalize(bare ? `${escapeGlob(up)}/**/${glob}` : `${escapeGlob(up)}/${glob}`));
    } else if (bare) out.push(glob);
    else {
      const rest = stripPrefix(glob.split("/"), down.split("/"));
      if (rest !== void 0) out.push(`./${rest}`);
    }
  }
  return out;
}
function stripPrefix(segments, prefix) {
  for (let i = 0; i < prefix.length; i++) {
    const s = segments[i];
    if (s === void 0) return void 0;
    if (s === "**") return segments.slice(i).join("/");
    if (s !== prefix[i] && !/[*?[{]/.test(s)) return void 0;
  }
  const rest = segments.slice(prefix.length).join("/");
  return rest === "" ? void 0 : rest;
}
function escapeGlob(path) {
  return path.replace(/[*?[\]{}()!@+]/g, (c) => `\\${c}`);
}

// src/config/load.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { existsSync as existsSync7, readFileSync as readFileSync3, statSync as statSync4 } from "node:fs";
import { dirname as dirname8, isAbsolute as isAbsolute3, join as join7, resolve as resolve15 } from "node:path";

// schemas/iac-lint-config.schema.json
var iac_lint_config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/iac-lint/iac-lint/schemas/iac-lint-config.schema.json",
  title: "iac-lint configuration (.iac-lint.yaml, .iac-lint.yml, .iac-lint.json)",
  description: "The settings of the command line, for a repository. Command-line flags win over these. Paths are relative to the directory of this file.",
  type: "object",
  additionalProperties: false,
  properties: {
    rules: {
      description: "Run only these rules (ids, e.g. RDS-030). Default: every rule. Command line: --rule.",
      type: "array",
      items: { $ref: "#/definitions/ruleId" }
    },
    "skip-rules": {
      description: "Do not run these rules. Command line: --skip-rule.",
      type: "array",
      items: { $ref: "#/definitions/ruleId" }
    },
    severity: {
      description: "Per-rule severity overrides, e.g. {RDS-030: high}: the level in every report (text, JSON, SARIF level and security-severity) and what counts for fail-on.",
      type: "object",
      propertyNames: { $ref: "#/definitions/ruleId" },
      additionalProperties: { $ref: "#/definitions/severity" }
    },
    exclude: {
      description: "Skip files and directories matching these globs (relative to this file's directory), in addition to --exclude.",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    "var-files": {
      description: "Terraform variable files (HCL or JSON tfvars), in order (later wins); before any --var-file.",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    vars: {
      description: "Terraform variables, NAME: VALUE; before any --var.",
      type: "object",
      additionalProperties: { type: ["string", "number", "boolean"] }
    },
    "parameter-files": {
      description: "CloudFormation parameter files (AWS CLI list, template configuration, or a plain mapping; JSON or YAML), in order (later wins); before any --parameter-files.",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    parameters: {
      description: "CloudFormation parameter values, Key: Value; before any --parameters.",
      type: "object",
      additionalProperties: { type: ["string", "number", "boolean"] }
    },
    strict: {
      description: "Also report values and engines that cannot be resolved statically. Command line: --strict.",
      type: "boolean"
    },
    "fail-on": {
      description: "Lowest severity that makes the exit code 1. Command line: --fail-on.",
      enum: ["any", "none", "low", "medium", "high", "critical", "note", "warning", "error"]
    },
    "soft-fail": {
      description: "Exit 0 even with findings or unreadable inputs (usage errors still exit 2). Command line: --soft-fail.",
      type: "boolean"
    },
    baseline: {
      description: "A baseline file (written by --write-baseline): findings recorded in it are not reported as new. Command line: --baseline.",
      type: "string",
      minLength: 1
    },
    format: {
      description: "Output format. Command line: --format.",
      enum: ["text", "json", "sarif", "github", "junit", "gitlab"]
    },
    output: {
      description: "Write the report to this file instead of stdout. Command line: --output.",
      type: "string",
      minLength: 1
    },
    "max-file-size": {
      description: "Skip files larger than this many megabytes. Command line: --max-file-size.",
      type: "number",
      exclusiveMinimum: 0
    },
    "sarif-category": {
      description: "SARIF runAutomationDetails.id (code scanning category). Command line: --sarif-category.",
      type: "string",
      minLength: 1
    }
  },
  definitions: {
    ruleId: {
      description: "a rule id (e.g. RDS-030)",
      type: "string",
      pattern: "^[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9]+$"
    },
    severity: {
      enum: ["low", "medium", "high", "critical"]
    }
  }
};

// src/config/validate.ts
function validate(value2, schema) {
  const errors = [];
  check2(value2, schema, schema, [], false, errors);
  return errors;
}
function check2(value2, schema, root2, path, atKey, errors) {
  if (schema.$ref) {
    const name = /^#\/definitions\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name ? root2.definitions?.[name] : void 0;
    if (!target) throw new Error(`schema: cannot resolve ${schema.$ref}`);
    check2(value2, target, root2, path, atKey, errors);
    return;
  }
  const fail3 = (message, onKey = atKey) => {
    errors.push({ path, atKey: onKey, message });
  };
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => hasType(value2, t))) {
      fail3(`must be ${types.map(article).join(" or ")}, not ${describe2(value2)}`);
      return;
    }
  }
  if (schema.enum && !schema.enum.some((e) => e === value2)) {
    fail3(`must be one of ${schema.enum.map((e) => String(e)).join(", ")}; got ${describe2(value2)}`);
    return;
  }
  if (typeof value2 === "string") {
    if (schema.minLength !== void 0 && value2.length < schema.minLength) fail3(schema.minLength === 1 ? "must not be empty" : `must have at least ${schema.minLength} characters`);
    else if (schema.pattern !== void 0 && !new RegExp(schema.pattern, "u").test(value2)) fail3(`${JSON.stringify(value2)} does not look like ${patternName(schema)}`);
  }
  if (typeof value2 === "number" && schema.exclusiveMinimum !== void 0 && !(value2 > schema.exclusiveMinimum)) {
    fail3(`must be greater than ${schema.exclusiveMinimum}; got ${value2}`);
  }
  if (Array.isArray(value2) && schema.items) {
    value2.forEach((item, i) => check2(item, schema.items, root2, [...path, String(i)], false, errors));
  }
  if (isObject2(value2)) {
    for (const [key, item] of Object.entries(value2)) {
      const keyPath = [...path, key];
      if (schema.propertyNames) check2(key, schema.propertyNames, root2, keyPath, true, errors);
      const sub = schema.properties?.[key];
      if (sub) check2(item, sub, root2, keyPath, false, errors);
      else if (schema.additionalProperties === false) {
        const known = Object.keys(schema.properties ?? {});
        const near = known.find((k) => k.replace(/[-_]/g, "").toLowerCase() === key.replace(/[-_]/g, "").toLowerCase());
        errors.push({ path: keyPath, atKey: true, message: `unknown key${near ? ` (did you mean ${near}?)` : `; known keys: ${known.join(", ")}`}` });
      } else if (typeof schema.additionalProperties === "object") check2(item, schema.additionalProperties, root2, keyPath, false, errors);
    }
  }
}
function hasType(value2, type) {
  switch (type) {
    case "object":
      return isObject2(value2);
    case "array":
      return Array.isArray(value2);
    case "integer":
      return Number.isInteger(value2);
    case "null":
      return value2 === null;
    case "number":
      return typeof value2 === "number" && Number.isFinite(value2);
    default:
      return typeof value2 === type;
  }
}
function isObject2(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
}
function article(type) {
  return type === "object" ? "a mapping" : type === "array" ? "a list" : type === "integer" ? "an integer" : `a ${type}`;
}
function describe2(value2) {
  if (value2 === null) return "null";
  if (Array.isArray(value2)) return "a list";
  if (isObject2(value2)) return "a mapping";
  if (typeof value2 === "string") return JSON.stringify(value2.length > 60 ? `${value2.slice(0, 59)}…` : value2);
  return `${typeof value2} ${String(value2)}`;
}
function patternName(schema) {
  return schema.description ?? `/${schema.pattern}/`;
}

// src/config/load.ts
var CONFIG_NAMES = [".iac-lint.yaml", ".iac-lint.yml", ".iac-lint.json"];
var ConfigError = class extends Error {
};
function findConfigFile(cwd) {
  const root2 = gitWorkTree(cwd) ?? cwd;
  let dir = resolve15(cwd);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const candidate = join7(dir, name);
      if (existsSync7(candidate) && statSync4(candidate).isFile()) return candidate;
    }
    if (dir === root2) return void 0;
    const up = dirname8(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
function loadConfig(file, shown2 = file, knownRules) {
  let text;
  try {
    text = readFileSync3(file, "utf8");
  } catch (error) {
    throw new ConfigError(`${shown2}: cannot read the configuration file (${error.code ?? String(error)})`);
  }
  return { file, settings: parseConfig(text, shown2, dirname8(file), knownRules) };
}
function parseConfig(text, shown2, dir, knownRules) {
  const lines2 = new import_yaml4.LineCounter();
  const doc = (0, import_yaml4.parseDocument)(text.charCodeAt(0) === 65279 ? text.slice(1) : text, { lineCounter: lines2, prettyErrors: false, uniqueKeys: true });
  const place = (offset) => {
    const { line, col } = lines2.linePos(offset);
    return `${shown2}:${line}:${col}`;
  };
  const first = doc.errors[0];
  if (first) throw new ConfigError(`${place(first.pos[0])}: ${first.code === "DUPLICATE_KEY" ? "duplicate key" : "not valid YAML or JSON"}: ${first.message.split("\n")[0]}`);
  if (doc.contents === null) return {};
  const positions = /* @__PURE__ */ new Map();
  const value2 = toPlain(doc.contents, [], positions);
  const errors = validate(value2, iac_lint_config_schema_default);
  if (errors.length === 0 && knownRules) errors.push(...unknownRules(value2, knownRules));
  if (errors.length > 0) {
    const messages = errors.map((e) => {
      const at = positions.get(e.path.join("\0"));
      const offset = at ? e.atKey ? at.key : at.value : 0;
      const key = e.path.length > 0 ? e.path.join(".") : "the file";
      return `${place(offset)}: ${key}: ${e.message}`;
    });
    throw new ConfigError(messages.join("\n"));
  }
  return toSettings(value2, dir);
}
function toPlain(node, path, positions, keyOffset) {
  const offset = node?.range?.[0] ?? keyOffset ?? 0;
  positions.set(path.join("\0"), { key: keyOffset ?? offset, value: offset });
  if (node === null) return null;
  if ((0, import_yaml4.isMap)(node)) {
    const out = {};
    for (const pair of node.items) {
      if (!(0, import_yaml4.isPair)(pair)) continue;
      const k = pair.key;
      const key = (0, import_yaml4.isScalar)(k) ? String(k.value) : String(k);
      out[key] = toPlain(pair.value, [...path, key], positions, k?.range?.[0]);
    }
    return out;
  }
  if ((0, import_yaml4.isSeq)(node)) return node.items.map((item, i) => toPlain(item, [...path, String(i)], positions));
  if ((0, import_yaml4.isScalar)(node)) return node.value;
  return null;
}
function unknownRules(c, knownRules) {
  const known = new Map(knownRules.map((id) => [id.toUpperCase(), id]));
  const errors = [];
  const check3 = (id, path, atKey) => {
    if (known.has(id.toUpperCase())) return;
    const near = knownRules.find((k) => closeTo(k.toUpperCase(), id.toUpperCase()));
    errors.push({ path, atKey, message: `unknown rule ${id}${near ? ` (did you mean ${near}?)` : ""}` });
  };
  for (const key of ["rules", "skip-rules"]) (c[key] ?? []).forEach((id, i) => check3(id, [key, String(i)], false));
  for (const id of Object.keys(c.severity ?? {})) check3(id, ["severity", id], true);
  return errors;
}
function closeTo(a, b) {
  if (a.length === b.length) return [...a].filter((c, i) => c !== b[i]).length <= 2;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  return [...long].some((_, i) => long.slice(0, i) + long.slice(i + 1) === short);
}
function toSettings(c, dir) {
  const path = (p) => isAbsolute3(p) ? p : resolve15(dir, p);
  const strings = (key) => c[key] === void 0 ? void 0 : c[key];
  const pairs = (key) => c[key] === void 0 ? void 0 : Object.entries(c[key]).map(([k, v]) => [k, String(v)]);
  const s = {};
  const set = (key, value2) => {
    if (value2 !== void 0) s[key] = value2;
  };
  set("rules", strings("rules"));
  set("skipRules", strings("skip-rules"));
  if (c.severity !== void 0) {
    s.severity = Object.fromEntries(Object.entries(c.severity).map(([id, sev]) => [id.toUpperCase(), sev]));
  }
  set("exclude", strings("exclude"));
  set("varFiles", strings("var-files")?.map(path));
  set("vars", pairs("vars")?.map(([name, value2]) => ({ name, value: value2 })));
  set("parameterFiles", strings("parameter-files")?.map(path));
  set("parameters", pairs("parameters")?.map(([key, value2]) => ({ key, value: value2 })));
  set("strict", c.strict);
  set("failOn", c["fail-on"]);
  set("softFail", c["soft-fail"]);
  set("baseline", c.baseline === void 0 ? void 0 : path(c.baseline));
  set("format", c.format);
  set("output", c.output === void 0 ? void 0 : path(c.output));
  set("maxFileSize", c["max-file-size"]);
  set("sarifCategory", c["sarif-category"]);
  return s;
}

// src/action/config.ts
function actionConfig(named, workspace) {
  const file = named !== "" ? resolve16(workspace, named) : findConfigFile(workspace);
  if (file === void 0) return { lint: {} };
  const shown2 = relative5(workspace, file).split("\\").join("/") || file;
  const { settings: s } = loadConfig(file, shown2, allRules.map((r) => r.meta.id));
  const here = (abs) => relative5(workspace, abs).split("\\").join("/") || ".";
  const lint2 = {};
  if (s.rules) lint2.rules = s.rules;
  if (s.skipRules) lint2.skipRules = s.skipRules;
  if (s.severity) lint2.severity = s.severity;
  if (s.exclude) lint2.exclude = excludeFromConfig(s.exclude, dirname9(file), workspace);
  if (s.varFiles) lint2.varFiles = s.varFiles;
  if (s.vars) lint2.vars = s.vars;
  if (s.parameterFiles) lint2.parameterFiles = s.parameterFiles;
  if (s.parameters) lint2.parameters = s.parameters;
  if (s.strict !== void 0) lint2.strict = s.strict;
  if (s.baseline) lint2.baseline = here(s.baseline);
  if (s.maxFileSize !== void 0) lint2.maxFileSize = s.maxFileSize;
  const out = { file: shown2, lint: lint2 };
  if (s.failOn !== void 0) out.failOn = parseFailOn(s.failOn);
  return out;
}

// src/action/workflow-commands.ts
import { randomUUID } from "node:crypto";
function errorCommand(message, title = "iac-lint") {
  return `::error title=${escapeProperty(title)}::${escapeData(message)}
`;
}
function logGroup(title, text) {
  const token = `iac-lint-${randomUUID()}`;
  const body = text.endsWith("\n") ? text : `${text}
`;
  return `::group::${escapeData(title)}
::stop-commands::${token}
${body}::${token}::
::endgroup::
`;
}

// src/action/workflow-files.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { appendFile } from "node:fs/promises";
async function appendOutputs(file, outputs) {
  let text = "";
  for (const [name, value2] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${randomUUID2()}`;
    text += `${name}<<${delimiter}
${value2}
${delimiter}
`;
  }
  await appendFile(file, text, "utf8");
}
async function appendSummary(file, markdown) {
  await appendFile(file, markdown, "utf8");
}

// src/action/run.ts
async function runAction(io) {
  let inputs;
  try {
    inputs = readInputs(io.env);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stdout(errorCommand(error.message));
    return 2;
  }
  const workspace = resolve17(io.env.GITHUB_WORKSPACE || io.cwd);
  let config;
  try {
    config = actionConfig(inputs.config, workspace);
  } catch (error) {
    if (!(error instanceof ConfigError) && !(error instanceof BaselineError)) throw error;
    for (const line of error.message.split("\n")) io.stdout(errorCommand(line));
    return 2;
  }
  inputs.failOn ??= config.failOn ?? "any";
  let result;
  try {
    result = await lint({ paths: inputs.paths, ...config.lint, cwd: workspace, strict: inputs.strict ?? config.lint.strict ?? false, exclude: [...config.lint.exclude ?? [], ...inputs.exclude] });
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    io.stdout(errorCommand(error.message));
    return 2;
  }
  const ctx = { cwd: workspace, sourceRoot: gitWorkTree(workspace) ?? workspace, color: false, toolVersion: VERSION };
  io.stdout(logGroup("iac-lint report", textReporter(result, ctx)));
  if (inputs.annotate) io.stdout(githubReporter(result, ctx));
  const sarifPath = inputs.sarifFile ? resolve17(workspace, inputs.sarifFile) : "";
  if (sarifPath) {
    await mkdir(dirname10(sarifPath), { recursive: true });
    await writeOutputFile(sarifPath, sarifReporter(result, ctx));
  }
  if (io.env.GITHUB_STEP_SUMMARY) {
    await appendSummary(io.env.GITHUB_STEP_SUMMARY, markdownSummary(result, ctx, { blobUrl: blobUrl(io.env) }));
  }
  const active = result.findings.filter((f) => !f.suppression);
  if (io.env.GITHUB_OUTPUT) {
    await appendOutputs(io.env.GITHUB_OUTPUT, { findings: String(active.length), "sarif-file": sarifPath });
  }
  const code = exitCode(result, inputs.failOn);
  if (code !== 0) io.stdout(errorCommand(failureMessage(code, result, inputs)));
  return code;
}
function failureMessage(code, result, inputs) {
  if (code === 2) {
    const unreadable = result.diagnostics.filter((d) => d.severity === "error").length;
    return `iac-lint could not read or parse ${unreadable} input${unreadable === 1 ? "" : "s"}; see the annotations and the job summary.`;
  }
  const threshold = inputs.failOn === "any" || inputs.failOn === void 0 ? 0 : SEVERITY_ORDER.indexOf(inputs.failOn);
  const failing = result.findings.filter(
    (f) => !f.suppression && SEVERITY_ORDER.indexOf(f.severity) >= threshold
  ).length;
  const scope = inputs.failOn === "any" ? "" : ` at or above ${inputs.failOn}`;
  return `iac-lint found ${failing} finding${failing === 1 ? "" : "s"}${scope} (fail-on: ${inputs.failOn}).`;
}
function blobUrl(env) {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA } = env;
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_SHA) return void 0;
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}/`;
}

// src/action/index.ts
try {
  process.exitCode = await runAction({
    stdout: (s) => process.stdout.write(s),
    env: process.env,
    cwd: process.cwd()
  });
} catch (error) {
  process.stdout.write(errorCommand(`iac-lint failed: ${error instanceof Error ? error.message : String(error)}`));
  process.exitCode = 2;
}
/*! Bundled license information:

is-extglob/index.js:
  (*!
   * is-extglob <https://github.com/jonschlinkert/is-extglob>
   *
   * Copyright (c) 2014-2016, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

is-glob/index.js:
  (*!
   * is-glob <https://github.com/jonschlinkert/is-glob>
   *
   * Copyright (c) 2014-2017, Jon Schlinkert.
   * Released under the MIT License.
   *)

is-number/index.js:
  (*!
   * is-number <https://github.com/jonschlinkert/is-number>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

to-regex-range/index.js:
  (*!
   * to-regex-range <https://github.com/micromatch/to-regex-range>
   *
   * Copyright (c) 2015-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

fill-range/index.js:
  (*!
   * fill-range <https://github.com/jonschlinkert/fill-range>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

queue-microtask/index.js:
  (*! queue-microtask. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)

run-parallel/index.js:
  (*! run-parallel. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)
*/
