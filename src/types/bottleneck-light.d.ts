/** bottleneck ships one declaration file for its full build; the light build has the same API. */
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
