/**
 * The built-in templates, compiled when the bundle is built: rollup.config.js replaces this module
 * in dist/ with one that holds each `templates/*.hbs` file's source and its compiled form, so an
 * event renders without running the handlebars compiler (about 130 ms for the dashboard and the
 * checklist on a runner). From src/ (tests, the bench) it is empty and every template is compiled
 * on first use. render.ts uses a compiled form only when the source read at run time is the very
 * text it was compiled from, with the same options; a user's override is always compiled.
 */
export interface PrecompiledTemplate {
  source: string
  /** What `Handlebars.precompile(source, options)` returned, evaluated. */
  spec: TemplateSpecification
}

export const PRECOMPILED_OPTIONS: CompileOptions | undefined = undefined
export const PRECOMPILED: Readonly<Record<string, PrecompiledTemplate>> = {}
