// Runs before Material's search worker, in the same file (py/site_build/search_stemming.py).
// Adds the Indonesian root of each query word as one more term, found by PySastrawi's algorithm
// (Sastrawi.Stemmer.Context, ported line for line; the rules and the dictionary are the build's
// data), and lists the pages of the reader's language first.
const THANKYOU_SEARCH = /*SETTINGS*/null;

const thankyouStemmer = (({ dictionary, prefixRules, precedence }) => {
  const words = new Set(dictionary);
  const has = (word) => words.has(word);
  const rules = prefixRules.map((disambiguators) => disambiguators.map((cases) => cases.map(([pattern, result, unless]) => ({
    word: pattern.startsWith("=") ? pattern.slice(1) : null,
    regex: pattern.startsWith("=") ? null : new RegExp(pattern),
    result,
    unless,
  }))));
  const precedenceRules = precedence.map((pattern) => new RegExp(pattern));

  // One disambiguator: the first case that applies decides; undefined when none does.
  function disambiguate(cases, word) {
    for (const rule of cases) {
      if (rule.word !== null) {
        if (word === rule.word) return rule.result;
        continue;
      }
      const match = rule.regex.exec(word);
      if (!match) continue;
      for (const [group, kind, text] of rule.unless) {
        if (kind === "is" ? match[group] === text : match[group].startsWith(text)) return undefined;
      }
      return rule.result.replace(/\$(\d)/g, (_, group) => match[group]);
    }
    return undefined;
  }

  function removal(context, result, type) {
    if (result === context.current) return;
    context.removals.push({ subject: context.current, result, removed: context.current.replace(result, ""), type });
    context.current = result;
  }

  const dontStemShortWord = (context) => { if (context.current.length <= 3) context.stopped = true; };
  const suffixVisitors = [
    (context) => removal(context, context.current.replace(/-*(lah|kah|tah|pun)$/, ""), "P"),
    (context) => removal(context, context.current.replace(/-*(ku|mu|nya)$/, ""), "PP"),
    (context) => removal(context, context.current.replace(/(is|isme|isasi|i|kan|an)$/, ""), "DS"),
  ];
  const prefixVisitors = [
    (context) => removal(context, context.current.replace(/^(di|ke|se)/, ""), "DP"),
    ...rules.map((disambiguators) => (context) => {
      let result;
      for (const cases of disambiguators) {
        result = disambiguate(cases, context.current);
        if (has(result)) break;
      }
      if (result === undefined) return;
      context.removals.push({ subject: context.current, result, removed: context.current.replace(result, ""), type: "DP" });
      context.current = result;
    }),
  ];

  function acceptVisitors(context, visitors) {
    for (const visit of visitors) {
      visit(context);
      if (has(context.current) || context.stopped) return;
    }
  }

  function acceptPrefixVisitors(context) {
    const removed = context.removals.length;
    for (const visit of prefixVisitors) {
      visit(context);
      if (has(context.current) || context.stopped || context.removals.length > removed) return;
    }
  }

  function removePrefixes(context) {
    for (let i = 0; i < 3; i++) {
      acceptPrefixVisitors(context);
      if (has(context.current)) return;
    }
  }

  const removeSuffixes = (context) => acceptVisitors(context, suffixVisitors);

  // ECS "loop pengembalian akhiran": put the suffixes back one by one and try the prefixes again.
  function restoreSuffixes(context) {
    if (context.removals.length) context.current = context.removals[0].subject;
    context.removals = context.removals.filter((removed) => removed.type !== "DP");
    const removals = [...context.removals];
    const current = context.current;
    for (const removed of [...removals].reverse()) {
      if (!["DS", "PP", "P"].includes(removed.type)) continue;
      if (removed.removed === "kan") {
        context.current = removed.result + "k";
        removePrefixes(context);
        if (has(context.current)) return;
        context.current = removed.result + "kan";
      } else {
        context.current = removed.subject;
      }
      removePrefixes(context);
      if (has(context.current)) return;
      context.removals = removals;
      context.current = current;
    }
  }

  function stemming(context, original) {
    if (has(context.current)) return;
    acceptVisitors(context, [dontStemShortWord]);
    if (has(context.current)) return;
    if (precedenceRules.some((rule) => rule.test(original))) {
      removePrefixes(context);
      if (has(context.current)) return;
      removeSuffixes(context);
      if (has(context.current)) return;
      context.current = original;
      context.removals = [];
    }
    removeSuffixes(context);
    if (has(context.current)) return;
    removePrefixes(context);
    if (has(context.current)) return;
    restoreSuffixes(context);
  }

  // The root of one lower-case word of letters a-z (no hyphen: search splits words at hyphens).
  return function stem(word) {
    const context = { current: word, removals: [], stopped: false };
    stemming(context, word);
    return has(context.current) ? context.current : word;
  };
})(THANKYOU_SEARCH);

(({ lang, langRoots, shortestRoot }) => {
  const root = langRoots[lang];
  const others = Object.values(langRoots).filter((folder) => folder && folder !== root);
  const ofReader = (location) => (root ? location.startsWith(root) : !others.some((folder) => location.startsWith(folder)));

  // The query with the root of each of its words added, once, when it differs from the word.
  function withRoots(query) {
    const words = query.toLowerCase().match(/[a-z]+/g) || [];
    const present = new Set(words);
    const roots = [];
    for (const word of words) {
      const found = thankyouStemmer(word);
      if (found !== word && found.length >= shortestRoot && !present.has(found)) {
        present.add(found);
        roots.push(found);
      }
    }
    return roots.length ? `${query} ${roots.join(" ")}` : query;
  }

  const listen = self.addEventListener.bind(self);
  self.addEventListener = (type, listener, options) => listen(type, type !== "message" ? listener : (event) => {
    const message = event.data;
    if (message && message.type === 2 && typeof message.data === "string") {
      return listener({ data: { ...message, data: withRoots(message.data) } });
    }
    return listener(event);
  }, options);

  const post = self.postMessage.bind(self);
  self.postMessage = (message, ...rest) => {
    if (message && message.type === 3 && message.data && Array.isArray(message.data.items)) {
      const items = message.data.items;
      const reader = items.filter((group) => ofReader(group[0].location));
      message = { ...message, data: { ...message.data, items: [...reader, ...items.filter((group) => !reader.includes(group))] } };
    }
    return post(message, ...rest);
  };
})(THANKYOU_SEARCH);
