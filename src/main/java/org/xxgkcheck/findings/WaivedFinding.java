package org.xxgkcheck.findings;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A finding accepted by a waiver: listed apart, not counted in the score or the exit code. */
public record WaivedFinding(@JsonUnwrapped Finding finding, Waiver waiver) {}
