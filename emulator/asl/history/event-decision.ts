/**
 * What the interpreter chose when it wrote an event: which Choice rule matched (or Default), which
 * Retrier re-ran a state, which Catcher moved it on. Kept beside the event for workflow coverage
 * and never part of its wire form, since AWS's histories do not say it.
 */
export type EventDecision =
  | { kind: "choice-rule"; rule: number }
  | { kind: "choice-default" }
  /** Written on the failure event, which does not name its state. */
  | { kind: "retrier"; state: string; retrier: number }
  | { kind: "catcher"; catcher: number };
