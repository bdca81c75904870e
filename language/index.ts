export * from './cop-module.js';
export * from './diagnostics/codes.js';
export * from './generated/ast.js';
export * from './diagnostics/plan-diagnostic.js';
