import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * Asks the browser for real full screen (Fullscreen API). Call it from the click that opens the overlay:
 * browsers grant it only during a user gesture. Refused or unsupported, the overlay alone fills the window.
 */
export function enterFullscreen(): void {
  if (document.fullscreenEnabled && !document.fullscreenElement) {
    document.documentElement.requestFullscreen().catch(() => undefined);
  }
}

interface FullscreenOverlayProps {
  children: ReactNode;
  /** Called when the user leaves by Esc or the browser's own full-screen control. */
  onExit: () => void;
  className?: string;
  testId?: string;
}

/**
 * Covers the whole window above the app's header and menu. Leaving the browser's full screen closes it,
 * and closing it leaves full screen.
 */
export function FullscreenOverlay({ children, onExit, className, testId }: FullscreenOverlayProps) {
  const exitRef = useRef(onExit);

  useEffect(() => {
    exitRef.current = onExit;
  }, [onExit]);

  useEffect(() => {
    let wasFullscreen = document.fullscreenElement !== null;
    const onChange = () => {
      if (document.fullscreenElement) wasFullscreen = true;
      else if (wasFullscreen) exitRef.current();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !document.fullscreenElement) exitRef.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    document.addEventListener('keydown', onKey);
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      document.removeEventListener('keydown', onKey);
      document.body.style.overflow = overflow;
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  return createPortal(
    <div
      className={className}
      data-testid={testId}
      role="dialog"
      aria-modal="true"
      style={{ position: 'fixed', inset: 0, zIndex: 1100, overflow: 'auto' }}
    >
      {children}
    </div>,
    document.body,
  );
}
