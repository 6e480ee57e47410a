/** A compact, readable form of HCL AST expressions for tests: `(op args…)`, literals as JSON. */
import type { Expression, TemplatePart } from '../src/model/hcl-ast.js';
import type { Range } from '../src/model/range.js';

/** `line:col-line:col`, 1-based, end exclusive. */
export function at(r: Range): string {
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}

function parts(ps: TemplatePart[]): string {
  return ps
    .map((p) => {
      switch (p.type) {
        case 'text':
          return JSON.stringify(p.value);
        case 'interpolation':
          return `\${${render(p.expression)}}`;
        case 'if':
          return `(%if ${render(p.condition)} [${parts(p.then)}]${p.else ? ` [${parts(p.else)}]` : ''})`;
        case 'for':
          return `(%for ${p.keyVar ? `${p.keyVar.name},` : ''}${p.valueVar.name} ${render(p.collection)} [${parts(p.body)}])`;
      }
    })
    .join(' ');
}

export function render(e: Expression): string {
  switch (e.type) {
    case 'literal':
      return JSON.stringify(e.value);
    case 'template':
      return `(${e.heredoc ? `heredoc${e.heredoc.flush ? '-' : ''}` : 'str'} ${parts(e.parts)})`;
    case 'variable':
      return e.name;
    case 'getattr':
      return `${render(e.object)}.${e.name}`;
    case 'index':
      return `${render(e.object)}[${render(e.key)}]${e.legacy ? '!legacy' : ''}`;
    case 'splat':
      return `(splat${e.full ? '[*]' : '.*'} ${render(e.object)} ${render(e.each)})`;
    case 'splat-item':
      return '@';
    case 'call':
      return `${e.name}(${e.args.map(render).join(', ')}${e.expandFinal ? '...' : ''})`;
    case 'conditional':
      return `(? ${render(e.condition)} ${render(e.then)} ${render(e.else)})`;
    case 'binary':
      return `(${e.op} ${render(e.left)} ${render(e.right)})`;
    case 'unary':
      return `(${e.op} ${render(e.operand)})`;
    case 'tuple':
      return `[${e.items.map(render).join(' ')}]`;
    case 'object':
      return `{${e.items.map((i) => `${render(i.key)}=${render(i.value)}`).join(' ')}}`;
    case 'for':
      return `(for ${e.keyVar ? `${e.keyVar.name},` : ''}${e.valueVar.name} ${render(e.collection)}${e.key ? ` ${render(e.key)} =>` : ''} ${render(e.value)}${e.grouping ? '...' : ''}${e.condition ? ` if ${render(e.condition)}` : ''})`;
    case 'parens':
      return `(${render(e.expression)})`;
  }
}
