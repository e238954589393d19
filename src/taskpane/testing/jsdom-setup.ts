/**
 * jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow its
 * actions; browsers (and Office's webviews) have it. A no-op observer is
 * enough: layout is not what these tests check.
 */
import "@testing-library/jest-dom";

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: NoopResizeObserver, writable: true });
}
