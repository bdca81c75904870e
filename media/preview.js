// The preview webview's script (loaded by nonce under a strict CSP). It shows the page body
// the extension renders (plan strings are already escaped there), keeps the plan URI and
// scroll position with setState so VS Code can restore the preview after a reload, and
// turns clicks on elements with `data-at` into "reveal in source" requests. A `marks`
// message flags the matrix values and kpi tiles changed since HEAD (kept across renders).
// @ts-check
(function () {
    // eslint-disable-next-line no-undef
    const vscode = acquireVsCodeApi();
    const root = document.getElementById('root');
    const planUri = document.body.dataset.uri || '';
    const saved = vscode.getState();
    let state = saved && saved.uri === planUri ? saved : { uri: planUri, scrollY: 0 };
    let restoredScroll = false;
    vscode.setState(state);

    /** @type {{ values: string[], kpis: string[] }} */
    let marks = { values: [], kpis: [] };
    const names = list => (Array.isArray(list) ? list.filter(name => typeof name === 'string') : []);

    // Names are compared as data, never put in a selector: a plan's names are not trusted.
    function applyMarks() {
        if (!root) return;
        for (const element of root.querySelectorAll('.changed-since-head')) element.classList.remove('changed-since-head');
        for (const badge of root.querySelectorAll('.since-head')) badge.remove();
        const flag = (selector, attribute, wanted) => {
            for (const element of root.querySelectorAll(selector)) {
                if (!wanted.includes(element.getAttribute(attribute) || '')) continue;
                element.classList.add('changed-since-head');
                const badge = document.createElement('span');
                badge.className = 'since-head';
                badge.textContent = 'changed since HEAD';
                element.appendChild(badge);
            }
        };
        flag('[data-value]', 'data-value', marks.values);
        flag('.kpi-tile[data-kpi]', 'data-kpi', marks.kpis);
    }

    window.addEventListener('message', event => {
        const message = event.data;
        if (!message || typeof message !== 'object' || !root) return;
        if (message.type === 'marks') {
            marks = { values: names(message.values), kpis: names(message.kpis) };
            applyMarks();
            return;
        }
        if (message.type === 'render' && typeof message.html === 'string') {
            root.innerHTML = message.html;
            // Elements a click reveals in the source are reached with Tab too (the
            // extension's HTML has no tab stops: in an export a click does nothing).
            for (const element of root.querySelectorAll('[data-at]')) element.setAttribute('tabindex', '0');
            applyMarks();
        } else if (message.type === 'notice' && typeof message.text === 'string') {
            const p = document.createElement('p');
            p.className = 'empty';
            p.textContent = message.text;
            root.replaceChildren(p);
        } else {
            return;
        }
        if (!restoredScroll) {
            restoredScroll = true;
            window.scrollTo(0, state.scrollY || 0);
        }
    });

    let scrollTimer = 0;
    window.addEventListener('scroll', () => {
        clearTimeout(scrollTimer);
        scrollTimer = window.setTimeout(() => {
            state = { uri: planUri, scrollY: Math.round(window.scrollY) };
            vscode.setState(state);
        }, 100);
    }, { passive: true });

    function reveal(target) {
        const element = target instanceof Element ? target.closest('[data-at]') : null;
        if (!element) return false;
        const [line, character] = String(element.getAttribute('data-at')).split(':').map(Number);
        if (!Number.isInteger(line) || !Number.isInteger(character)) return false;
        const uri = element.getAttribute('data-uri') || undefined;
        vscode.postMessage({ type: 'reveal', uri, line, character });
        return true;
    }

    document.addEventListener('click', event => {
        const target = event.target;
        const anchor = target instanceof Element ? target.closest('a[href^="#"]') : null;
        if (anchor) {
            // In-page navigation between sections.
            event.preventDefault();
            const section = document.getElementById(String(anchor.getAttribute('href')).slice(1));
            if (section) section.scrollIntoView({ block: 'start' });
            return;
        }
        if (reveal(target)) event.preventDefault();
    });
    document.addEventListener('keydown', event => {
        if ((event.key === 'Enter' || event.key === ' ') && reveal(event.target)) event.preventDefault();
    });

    vscode.postMessage({ type: 'ready' });
}());
