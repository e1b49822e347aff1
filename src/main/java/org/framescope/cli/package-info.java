/**
 * The {@code framescope} command line (picocli): parses options, calls the library, prints, and returns the exit
 * code (0 ok, 1 some inputs failed, 2 nothing could be done or a bad command line). The only package that ends
 * the process.
 */
package org.framescope.cli;
