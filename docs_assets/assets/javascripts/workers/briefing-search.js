/*
 * The briefing site's search worker: Material for MkDocs' own search worker, fed the search
 * index piece by piece (written by generator/search_index.py).
 *
 * The page gives this worker Material's messages: SETUP with search/search_index.json (the
 * configuration, with `shards`, and every page that is not an article), then QUERY with what the
 * reader typed. For each query it reads the word files of the query's words, takes the newest
 * matching articles (at most `shards.max_pages`), reads the page files that hold them, and gives
 * Material's worker every entry read so far before passing the query on. Searching, ranking,
 * highlighting and the results' look are Material's.
 *
 * Loaded as search.<hash>.min.js's stand-in: briefing-search.js?material=search.<hash>.min.js
 */
(function () {
  "use strict";

  var SETUP = 0, READY = 1, QUERY = 2;
  var material = new URL(self.location.href).searchParams.get("material");
  var base = new URL("../../../search/", self.location.href);

  /* Material's worker, loaded here: its message listener and its replies are ours to call. */
  var listeners = [];
  var addListener = self.addEventListener.bind(self);
  var post = self.postMessage.bind(self);
  var reply = null;
  self.addEventListener = function (type, listener, options) {
    if (type === "message") listeners.push(listener);
    else addListener(type, listener, options);
  };
  self.postMessage = function (message) {
    if (reply) {
      var deliver = reply;
      reply = null;
      deliver(message);
    } else {
      post(message);
    }
  };
  importScripts(material);
  self.addEventListener = addListener;

  function callMaterial(message) {
    return new Promise(function (resolve) {
      reply = resolve;
      listeners.forEach(function (listener) { listener({ data: message }); });
    });
  }

  /* The index as far as it is loaded. */
  var setup = null;    // SETUP's data (configuration, options), less the documents
  var config = null;
  var shards = null;
  var baseDocs = [];
  var keys = new Set();
  var words = {};      // word -> page numbers (newest first), from the word files read
  var readKeys = new Set();
  var files = {};      // page file number -> its entries

  function fetchJSON(name) {
    return fetch(new URL(name, base)).then(function (response) {
      if (!response.ok) throw new Error(name + ": " + response.status);
      return response.json();
    });
  }

  function hex(text) {
    return Array.from(new TextEncoder().encode(text), function (byte) {
      return byte.toString(16).padStart(2, "0");
    }).join("");
  }

  /* The words of a query as Material's index holds them: lower-cased, split on the separator,
     without the query syntax (+word, -word, word*, word~1, word^2, field:word). */
  function queryWords(query) {
    var separator = new RegExp(config.separator, "g");
    return query.toLowerCase().split(separator).map(function (word) {
      word = word.replace(/^[+-]+/, "").replace(/[~^]\d*$/, "").replace(/\*+$/, "").replace(/^\*+/, "");
      return word.slice(word.lastIndexOf(":") + 1);
    }).filter(function (word) { return word.length > 0; });
  }

  function readWordFiles(queried) {
    var wanted = [];
    queried.forEach(function (word) {
      var chars = Array.from(word);
      if (chars.length < shards.key_length) return;
      var key = hex(chars.slice(0, shards.key_length).join(""));
      if (keys.has(key) && !readKeys.has(key)) wanted.push(key);
    });
    return Promise.all(wanted.map(function (key) {
      readKeys.add(key);
      return fetchJSON("terms/" + key + ".json").then(function (listed) {
        Object.keys(listed).forEach(function (word) { words[word] = listed[word]; });
      }).catch(function (error) { console.warn(error); });
    }));
  }

  /* The newest pages that hold a word starting with a word of the query (Material searches
     every word as a prefix), those holding more of the query's words first. */
  function matchingPages(queried) {
    var hits = new Map();
    queried.forEach(function (word) {
      var pages = new Set();
      Object.keys(words).forEach(function (indexed) {
        if (indexed.startsWith(word)) words[indexed].forEach(function (page) { pages.add(page); });
      });
      pages.forEach(function (page) { hits.set(page, (hits.get(page) || 0) + 1); });
    });
    return Array.from(hits.keys()).sort(function (a, b) {
      return hits.get(b) - hits.get(a) || a - b;
    }).slice(0, shards.max_pages);
  }

  function readPageFiles(pages) {
    var wanted = new Set();
    pages.forEach(function (page) {
      var file = Math.floor(page / shards.pages_per_file);
      if (!(file in files)) wanted.add(file);
    });
    return Promise.all(Array.from(wanted, function (file) {
      return fetchJSON("pages/" + file + ".json").then(function (entries) {
        files[file] = entries;
      }).catch(function (error) { console.warn(error); });
    })).then(function () { return wanted.size > 0; });
  }

  function loadedDocs() {
    var docs = baseDocs.slice();
    Object.keys(files).map(Number).sort(function (a, b) { return a - b; }).forEach(function (file) {
      Array.prototype.push.apply(docs, files[file]);
    });
    return docs;
  }

  function withDocs(docs) {
    return Object.assign({}, setup, { docs: docs });
  }

  function handle(message) {
    if (message.type === SETUP) {
      setup = Object.assign({}, message.data);
      config = setup.config;
      shards = config.shards || null;
      baseDocs = setup.docs;
      keys = new Set(shards ? shards.keys : []);
      return callMaterial({ type: SETUP, data: withDocs(baseDocs) }).then(function () {
        // Material's setup loads the language scripts each time: once is enough.
        self.importScripts = function () {};
        post({ type: READY });
      });
    }
    if (message.type === QUERY && shards) {
      var queried = queryWords(String(message.data));
      return readWordFiles(queried).then(function () {
        return readPageFiles(matchingPages(queried));
      }).then(function (more) {
        if (!more) return;
        // Setting Material's index up again registers lunr's language functions again: not news.
        var warn = self.lunr.utils.warn;
        self.lunr.utils.warn = function () {};
        return callMaterial({ type: SETUP, data: withDocs(loadedDocs()) }).then(function () {
          self.lunr.utils.warn = warn;
        });
      }).then(function () {
        return callMaterial(message);
      }).then(post);
    }
    return callMaterial(message).then(post);
  }

  /* One message at a time, in order: a query waits for the files the one before it reads. */
  var queue = Promise.resolve();
  addListener("message", function (event) {
    queue = queue.then(function () { return handle(event.data); }).catch(function (error) {
      console.warn(error);
    });
  });
})();
