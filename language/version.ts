declare const __COP_VERSION__: string | undefined;

/** The package version, put in by the build (scripts/build.mjs); tests that run sources see a dev version. */
export const copVersion: string = typeof __COP_VERSION__ === 'string' ? __COP_VERSION__ : '0.0.0-dev';
