// Lists every codeAt call in src and follows its value (through variables, helpers' parameters, returns and `? :`) to
// each place that reads it, saying whether that read gives the same answer for codeAt's sentinel past an end (-1) as
// it gave for NaN before the eighteenth speed round (prints figures; not a test). A read is "same" when it is `===` or
// `!==` a constant other than -1, `>`/`>=` a constant ≥ 0, or a `switch` over such constants; every other read
// (`<`, `<=`, truthiness, arithmetic, a table, a call outside src) is listed for a look by hand; tests written for the
// sentinel (`< 0`, `>= 0`, `=== -1`) are taken as meant. Run it after a merge brings new codeAt reads into the rules.
// Run: node --conditions=vertelpunt-source --import tsx packages/deid/scripts/code-at-sentinel-audit.ts [--all] [--sentinel N]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// --sentinel N: what another value would have met (0x10000 was the sixteenth round's other candidate).
const sentinelArg = process.argv.indexOf('--sentinel');
const SENTINEL = sentinelArg === -1 ? -1 : Number(process.argv[sentinelArg + 1]);
const src = fileURLToPath(new URL('../src', import.meta.url));
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => join(src, file));
const program = ts.createProgram(files, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
});
const checker = program.getTypeChecker();
const sources = files.map((file) => program.getSourceFile(file)!);

interface Read {
  same: boolean;
  why: string;
  at: string;
}

function where(node: ts.Node): string {
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart());
  return `${file.fileName.slice(src.length + 1)}:${line + 1}`;
}

function symbolOf(node: ts.Node): ts.Symbol | undefined {
  const symbol = checker.getSymbolAtLocation(node);
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** The number an expression always has, when it is a literal, a negated literal or a const bound to one. */
function constantOf(node: ts.Expression): number | undefined {
  if (ts.isParenthesizedExpression(node)) return constantOf(node.expression);
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    const value = constantOf(node.operand);
    return value === undefined ? undefined : -value;
  }
  if (ts.isIdentifier(node)) {
    const declaration = symbolOf(node)?.valueDeclaration;
    if (
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer &&
      ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const
    )
      return constantOf(declaration.initializer);
  }
  return undefined;
}

/** Whether `sentinel OP constant` and `NaN OP constant` agree (the code on the left). */
function agrees(operator: ts.SyntaxKind, constant: number): boolean {
  const nan = Number.NaN;
  switch (operator) {
    case ts.SyntaxKind.EqualsEqualsEqualsToken:
    case ts.SyntaxKind.EqualsEqualsToken:
      return (SENTINEL === constant) === (nan === constant);
    case ts.SyntaxKind.ExclamationEqualsEqualsToken:
    case ts.SyntaxKind.ExclamationEqualsToken:
      return (SENTINEL !== constant) === (nan !== constant);
    case ts.SyntaxKind.LessThanToken:
      return SENTINEL < constant === nan < constant;
    case ts.SyntaxKind.LessThanEqualsToken:
      return SENTINEL <= constant === nan <= constant;
    case ts.SyntaxKind.GreaterThanToken:
      return SENTINEL > constant === nan > constant;
    case ts.SyntaxKind.GreaterThanEqualsToken:
      return SENTINEL >= constant === nan >= constant;
    default:
      return false;
  }
}

/** `< 0`, `>= 0`, `=== -1`, `!== -1`: a test for a read past an end, which NaN answered otherwise and the sentinel is meant for. */
function testsForTheEnd(operator: ts.SyntaxKind, constant: number): boolean {
  if (constant === 0) return operator === ts.SyntaxKind.LessThanToken || operator === ts.SyntaxKind.GreaterThanEqualsToken;
  return constant === SENTINEL && operator !== ts.SyntaxKind.LessThanToken && operator !== ts.SyntaxKind.GreaterThanToken;
}

const FLIPPED = new Map([
  [ts.SyntaxKind.LessThanToken, ts.SyntaxKind.GreaterThanToken],
  [ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanEqualsToken],
  [ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.LessThanToken],
  [ts.SyntaxKind.GreaterThanEqualsToken, ts.SyntaxKind.LessThanEqualsToken],
]);
const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
]);

function sameOperand(a: ts.Expression, b: ts.Expression): boolean {
  if (ts.isIdentifier(a) && ts.isIdentifier(b)) return symbolOf(a) === symbolOf(b);
  return a.getText().replace(/\s+/g, '') === b.getText().replace(/\s+/g, '');
}

/** Whether a comparison is false for both the sentinel and NaN (so an `&&` chain holding it is false for both). */
function falseForBoth(conjunct: ts.Expression, operand: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(conjunct)) conjunct = conjunct.expression;
  if (!ts.isBinaryExpression(conjunct) || !COMPARISONS.has(conjunct.operatorToken.kind)) return false;
  const onLeft = sameOperand(conjunct.left, operand);
  if (!onLeft && !sameOperand(conjunct.right, operand)) return false;
  const constant = constantOf(onLeft ? conjunct.right : conjunct.left);
  if (constant === undefined) return false;
  const operator = onLeft ? conjunct.operatorToken.kind : (FLIPPED.get(conjunct.operatorToken.kind) ?? conjunct.operatorToken.kind);
  const holds = (value: number): boolean =>
    operator === ts.SyntaxKind.EqualsEqualsEqualsToken
      ? value === constant
      : operator === ts.SyntaxKind.LessThanToken
        ? value < constant
        : operator === ts.SyntaxKind.LessThanEqualsToken
          ? value <= constant
          : operator === ts.SyntaxKind.GreaterThanToken
            ? value > constant
            : operator === ts.SyntaxKind.GreaterThanEqualsToken
              ? value >= constant
              : true;
  return !holds(SENTINEL) && !holds(Number.NaN);
}

/** The other comparison of the same operand, in the same `&&` chain, that makes the chain false for both values. */
function guardOf(comparison: ts.Expression, operand: ts.Expression): string | undefined {
  let top: ts.Node = comparison;
  while (
    ts.isParenthesizedExpression(top.parent) ||
    (ts.isBinaryExpression(top.parent) && top.parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
  )
    top = top.parent;
  const conjuncts: ts.Expression[] = [];
  const flatten = (node: ts.Expression): void => {
    while (ts.isParenthesizedExpression(node)) node = node.expression;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
      flatten(node.left);
      flatten(node.right);
    } else conjuncts.push(node);
  };
  flatten(top as ts.Expression);
  return conjuncts.find((conjunct) => conjunct !== comparison && falseForBoth(conjunct, operand))?.getText();
}

/** Every identifier in `scope` that names `symbol`, other than its declaration and the targets of assignments. */
function readsOf(symbol: ts.Symbol, scopes: readonly ts.Node[]): ts.Identifier[] {
  const found: ts.Identifier[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && symbolOf(node) === symbol && !symbol.declarations?.some((d) => (d as ts.NamedDeclaration).name === node)) {
      const parent = node.parent;
      const assigned = ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
      if (!assigned && !ts.isImportSpecifier(parent) && !ts.isExportSpecifier(parent)) found.push(node);
    }
    ts.forEachChild(node, visit);
  };
  scopes.forEach(visit);
  return found;
}

const followed = new Map<ts.Symbol, Read[]>();

function followSymbol(symbol: ts.Symbol, scopes: readonly ts.Node[], depth: number): Read[] {
  const known = followed.get(symbol);
  if (known) return known;
  const reads: Read[] = [];
  followed.set(symbol, reads); // a cycle reads the partial list
  for (const read of readsOf(symbol, scopes)) reads.push(...follow(read, depth + 1));
  return reads;
}

/** Where the value of `node` (a code that may be the sentinel) goes, and whether each use agrees with NaN. */
function follow(node: ts.Expression, depth: number): Read[] {
  if (depth > 8) return [{ same: false, why: 'followed too deep', at: where(node) }];
  let parent = node.parent;
  while (ts.isParenthesizedExpression(parent) || ts.isNonNullExpression(parent) || ts.isAsExpression(parent)) {
    node = parent as ts.Expression;
    parent = parent.parent;
  }
  const at = where(node);
  if (ts.isBinaryExpression(parent)) {
    const operator = parent.operatorToken.kind;
    if (COMPARISONS.has(operator)) {
      const onLeft = parent.left === node;
      const constant = constantOf(onLeft ? parent.right : parent.left);
      const text = parent.getText().replace(/\s+/g, ' ');
      if (constant === undefined) return [{ same: false, why: `compared with a value that is not a constant: ${text}`, at }];
      const normalised = onLeft ? operator : (FLIPPED.get(operator) ?? operator);
      if (testsForTheEnd(normalised, constant)) return [{ same: true, why: `${text}: a test for the end, written for -1`, at }];
      if (agrees(normalised, constant)) return [{ same: true, why: text, at }];
      const guard = guardOf(parent, node);
      return [guard ? { same: true, why: `${text}, after ${guard}`, at } : { same: false, why: text, at }];
    }
    if (operator === ts.SyntaxKind.EqualsToken && parent.right === node && ts.isIdentifier(parent.left)) {
      const symbol = symbolOf(parent.left);
      const scope = ts.findAncestor(symbol?.valueDeclaration, ts.isFunctionLike) ?? parent.getSourceFile();
      return symbol ? followSymbol(symbol, [scope], depth) : [{ same: false, why: 'assigned to an unknown name', at }];
    }
    if (operator === ts.SyntaxKind.CommaToken && parent.left === node) return [];
    return [{ same: false, why: `operand of ${ts.tokenToString(operator)}: ${parent.getText().replace(/\s+/g, ' ')}`, at }];
  }
  if (ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isIdentifier(parent.name)) {
    const symbol = symbolOf(parent.name)!;
    const scope = ts.findAncestor(parent, (n) => ts.isFunctionLike(n) || ts.isSourceFile(n))!;
    return followSymbol(symbol, [scope], depth);
  }
  if (ts.isConditionalExpression(parent) && parent.condition !== node) return follow(parent, depth + 1);
  if (ts.isSwitchStatement(parent)) {
    const constants = parent.caseBlock.clauses.filter(ts.isCaseClause).map((clause) => constantOf(clause.expression));
    const same = constants.every((constant) => constant !== undefined && constant !== SENTINEL);
    return [{ same, why: `switch over ${constants.join(', ')}`, at }];
  }
  if (ts.isExpressionStatement(parent)) return [];
  if (ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body === node)) {
    const fn = ts.findAncestor(parent, ts.isFunctionLike)!;
    const name = fn.name ?? (ts.isVariableDeclaration(fn.parent) ? fn.parent.name : undefined);
    const symbol = name && symbolOf(name);
    if (!symbol) return [{ same: false, why: 'returned from an unnamed function', at }];
    const reads: Read[] = [];
    for (const read of readsOf(symbol, sources)) {
      if (ts.isCallExpression(read.parent) && read.parent.expression === read) reads.push(...follow(read.parent, depth + 1));
      else reads.push({ same: false, why: `returned from ${symbol.name}, which is passed on`, at: where(read) });
    }
    return reads;
  }
  if (ts.isCallExpression(parent) && parent.arguments.includes(node)) {
    const callee = symbolOf(ts.isPropertyAccessExpression(parent.expression) ? parent.expression.name : parent.expression);
    const declaration = callee?.valueDeclaration;
    const fn =
      declaration && ts.isFunctionLike(declaration)
        ? declaration
        : declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isFunctionLike(declaration.initializer)
          ? declaration.initializer
          : undefined;
    const index = parent.arguments.indexOf(node);
    const parameter = fn?.parameters[index];
    if (!fn || !parameter || fn.getSourceFile().fileName.includes('node_modules') || !ts.isIdentifier(parameter.name))
      return [{ same: false, why: `passed to ${parent.expression.getText()}`, at }];
    return followSymbol(symbolOf(parameter.name)!, [fn], depth).map((read) => ({
      ...read,
      why: `${read.why} (in ${parent.expression.getText()})`,
    }));
  }
  if (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken)
    return [{ same: false, why: `negated as a truth value: ${parent.getText()}`, at }];
  if (ts.isIfStatement(parent) || ts.isWhileStatement(parent) || (ts.isConditionalExpression(parent) && parent.condition === node))
    return [{ same: false, why: 'used as a truth value', at }];
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node)
    return [{ same: false, why: `table index: ${parent.getText()}`, at }];
  return [{ same: false, why: `${ts.SyntaxKind[parent.kind]}: ${parent.getText().replace(/\s+/g, ' ').slice(0, 100)}`, at }];
}

const showAll = process.argv.includes('--all');
let sites = 0;
let differing = 0;
for (const file of sources) {
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'codeAt') {
      sites++;
      const reads = follow(node, 0);
      const others = reads.filter((read) => !read.same);
      if (others.length > 0) differing++;
      if (showAll || others.length > 0) {
        console.log(`${where(node)} ${node.getText()}: ${reads.length} reads, ${others.length} to look at`);
        for (const read of showAll ? reads : others) console.log(`    ${read.same ? 'same' : 'LOOK'} ${read.at} ${read.why.slice(0, 160)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}
console.log(`${sites} codeAt calls in src, ${differing} with a read to look at (sentinel ${SENTINEL})`);
