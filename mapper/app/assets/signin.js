/* When the server answers a callback "Sign in first" (HTTP 401: the session ended, the
   password changed or a share link was revoked while the page was open), go to the
   sign-in page (also when the editor's live route is refused), which brings the user back here afterwards, rather than leaving a page
   whose every click silently fails. */
(function () {
  const fetched = window.fetch.bind(window);
  let leaving = false;
  let unloading = false;  // going elsewhere already (Sign out): a refusal then is expected
  window.addEventListener("beforeunload", function () {
    unloading = true;
    setTimeout(function () { unloading = false; }, 5000);  // still here: it was cancelled
  });
  window.fetch = async function (resource, options) {
    const response = await fetched(resource, options);
    const url = typeof resource === "string" ? resource : (resource && resource.url) || "";
    const ours = url.includes("_dash-update-component") || url.startsWith("/live/");
    if (response.status === 401 && !leaving && !unloading && ours) {
      leaving = true;
      const here = window.location.pathname + window.location.search;
      window.location.assign("/login?next=" + encodeURIComponent(here));
    }
    if (leaving) {
      return new Promise(function () {});  // the page is going: nothing more to update
    }
    return response;
  };
})();
