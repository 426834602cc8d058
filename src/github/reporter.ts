/** How handling an event talks to its runner: @actions/core in the action, a recorder in the simulation. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
}

export interface Reporter {
  debug(message: string): void
  info(message: string): void
  notice(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  setOutput(name: string, value: string): void
  setFailed(message: string): void
  summary(markdown: string): Promise<void>
}
