// What @custom-elements-manifest/analyzer does not see by itself in this code base, added so that the manifest says
// what the elements really are:
// - elements are registered by `define(TAGS.player, ShoplivePlayer)` (src/internal/define.ts), not
//   `customElements.define`, with tag names from constant objects;
// - the player spreads its reactive properties from other modules (`...PLAYER_PROPERTIES, ...REPLAY_PROPERTIES`) and
//   merges an interface into its type (`interface ShoplivePlayer extends ReplayOptions`);
// - `state: true` properties are internal state, not attributes;
// - an event line is `@event name - description {DetailType}`: the type goes to the event's `type`.
// Then only the modules that declare or register an element are kept, with their public API.

/** Object literal of a `const X = {…} as const satisfies …`, through the wrappers. */
function objectLiteral(ts, expression) {
  let node = expression;
  while (node && (ts.isAsExpression(node) || ts.isSatisfiesExpression?.(node) || ts.isParenthesizedExpression(node))) node = node.expression;
  return node && ts.isObjectLiteralExpression(node) ? node : null;
}

/** `{ attribute: 'x', reflect: true, type: Boolean, state: true }` as plain data. */
function declaration(ts, object) {
  const options = {};
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const key = property.name.getText();
    const value = property.initializer;
    if (ts.isStringLiteral(value)) options[key] = value.text;
    else if (value.kind === ts.SyntaxKind.TrueKeyword) options[key] = true;
    else if (value.kind === ts.SyntaxKind.FalseKeyword) options[key] = false;
    else options[key] = value.getText();
  }
  return options;
}

const jsDocText = (node) => (node.jsDoc ?? []).map((doc) => (typeof doc.comment === 'string' ? doc.comment : (doc.comment ?? []).map((part) => part.text).join(''))).join('\n').trim();
const isInternal = (node) => (node.jsDoc ?? []).some((doc) => (doc.tags ?? []).some((tag) => tag.tagName.text === 'internal'));

export function shoplivePlugin() {
  /** const name → entries: strings (tag tables), expressions (aliases) or property declarations. */
  const constants = new Map();
  const defines = [];
  const spreads = new Map();
  const stateProperties = new Map();
  const interfaces = new Map();
  const mergedInterfaces = new Map();

  return {
    name: 'shoplive',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isVariableStatement(node)) {
        for (const variable of node.declarationList.declarations) {
          const name = variable.name.getText();
          const object = objectLiteral(ts, variable.initializer);
          if (object) {
            const entries = {};
            for (const property of object.properties) {
              if (!ts.isPropertyAssignment(property)) continue;
              const value = objectLiteral(ts, property.initializer);
              entries[property.name.getText()] = value ? declaration(ts, value) : ts.isStringLiteral(property.initializer) ? { value: property.initializer.text } : { alias: property.initializer.getText() };
            }
            constants.set(name, entries);
          } else if (variable.initializer) {
            constants.set(name, { alias: variable.initializer.getText() });
          }
        }
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'define' && node.arguments.length === 2) {
        defines.push({ tag: node.arguments[0].getText(), className: node.arguments[1].getText(), module: moduleDoc.path });
      }
      if (ts.isInterfaceDeclaration(node)) {
        const name = node.name.text;
        const members = node.members
          .filter((member) => ts.isPropertySignature(member) && !isInternal(member))
          .map((member) => ({ name: member.name.getText(), type: member.type?.getText(), description: jsDocText(member) }));
        if (members.length) interfaces.set(name, members);
        const heritage = (node.heritageClauses ?? []).flatMap((clause) => clause.types.map((type) => type.expression.getText()));
        if (heritage.length) mergedInterfaces.set(name, [...(mergedInterfaces.get(name) ?? []), ...heritage]);
      }
      if (ts.isClassDeclaration(node) && node.name) {
        for (const member of node.members) {
          const isStatic = (member.modifiers ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
          if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
          const object = objectLiteral(ts, member.initializer);
          if (!object) continue;
          spreads.set(node.name.text, object.properties.filter((property) => ts.isSpreadAssignment(property)).map((property) => property.expression.getText()));
          const state = object.properties.filter((property) => ts.isPropertyAssignment(property) && objectLiteral(ts, property.initializer) && declaration(ts, objectLiteral(ts, property.initializer)).state === true);
          stateProperties.set(node.name.text, state.map((property) => property.name.getText()));
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const classes = new Map();
      for (const module of modules) for (const declaration of module.declarations ?? []) if (declaration.kind === 'class') classes.set(declaration.name, { declaration, module });

      // `TAGS.player`, `COMMERCE_TAGS.buyButton` (→ `TAGS.buyButton`), `SIZE_HELPER_TAG` (→ `TAGS.sizeHelper`).
      const resolve = (expression, depth = 0) => {
        if (depth > 5) return null;
        if (/^['"]/.test(expression)) return expression.slice(1, -1);
        const [object, key] = expression.split('.');
        const entry = key === undefined ? constants.get(object) : constants.get(object)?.[key];
        if (!entry) return null;
        return entry.value ?? (entry.alias ? resolve(entry.alias, depth + 1) : null);
      };
      for (const module of modules) module.exports = (module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition');
      for (const { tag, className, module: path } of defines) {
        const tagName = resolve(tag);
        const found = classes.get(className);
        if (!tagName || !found) throw new Error(`manifest: cannot resolve define(${tag}, ${className}) in ${path}`);
        Object.assign(found.declaration, { customElement: true, tagName });
        const module = modules.find((each) => each.path === path);
        module.exports.push({ kind: 'custom-element-definition', name: tagName, declaration: { name: className, module: found.module.path } });
      }

      for (const [className, { declaration: element }] of classes) {
        if (!element.customElement || !element.tagName) continue;
        element.members ??= [];
        element.attributes ??= [];
        const member = (name) => {
          let found = element.members.find((each) => each.name === name);
          if (!found) element.members.push((found = { kind: 'field', name, privacy: 'public' }));
          return found;
        };
        for (const interfaceName of mergedInterfaces.get(className) ?? []) {
          for (const field of interfaces.get(interfaceName) ?? []) {
            Object.assign(member(field.name), { ...(field.type ? { type: { text: field.type } } : {}), ...(field.description ? { description: field.description } : {}) });
          }
        }
        for (const spread of spreads.get(className) ?? []) {
          for (const [name, options] of Object.entries(constants.get(spread) ?? {})) {
            const field = member(name);
            if (options.attribute === false || options.state) continue;
            const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
            Object.assign(field, { attribute, ...(options.reflect ? { reflects: true } : {}) });
            element.attributes.push({ name: attribute, fieldName: name, ...(field.type ? { type: field.type } : {}), ...(field.description ? { description: field.description } : {}) });
          }
        }
        const state = new Set(stateProperties.get(className) ?? []);
        element.attributes = element.attributes.filter((attribute) => !state.has(attribute.fieldName));
        // The published API: public, own (not the base class's `emit`), not Lit's lifecycle or static configuration.
        const lifecycle = new Set(['connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'render', 'willUpdate', 'update', 'updated', 'firstUpdated', 'styles', 'properties', 'shadowRootOptions']);
        element.members = element.members.filter((each) => (each.privacy ?? 'public') === 'public' && !state.has(each.name) && !each.inheritedFrom && !each.static && !lifecycle.has(each.name) && !each.name.startsWith('#'));
        for (const each of element.members) if (each.attribute && state.has(each.name)) delete each.attribute;
        for (const event of element.events ?? []) {
          const typed = /^(.*\S)\s*\{([^}]+)\}$/s.exec(event.description ?? '');
          if (typed) Object.assign(event, { description: typed[1], type: { text: `CustomEvent<${typed[2].trim()}>` } });
        }
      }

      // Only what a consumer of the manifest needs: the element modules and the modules that register them.
      const registering = new Set(defines.map((entry) => entry.module));
      customElementsManifest.modules = modules
        .filter((module) => registering.has(module.path) || (module.declarations ?? []).some((each) => each.customElement && each.tagName))
        .map((module) => ({
          ...module,
          declarations: (module.declarations ?? []).filter((each) => each.customElement && each.tagName),
          exports: (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition' || classes.get(entry.declaration?.name)?.declaration.tagName),
        }));
    },
  };
}
