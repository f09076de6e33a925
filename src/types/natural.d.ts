declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro-Winkler similarity in [0, 1] (1 = identical). */
  function JaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean; dj?: number }): number;
  export default JaroWinklerDistance;
}
