/**
 * Runs `action` once the calls have paused for `ms`. `flush` runs a waiting call now (when the
 * page is left, so nothing typed is lost); `cancel` drops it.
 */
export function debounce(action: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    call() {
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        action();
      }, ms);
    },
    flush() {
      if (timer === undefined) return;
      cancel();
      action();
    },
    cancel,
  };
}
