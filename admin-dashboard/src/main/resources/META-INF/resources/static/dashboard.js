// An htmx request after the session expired gets 499 from quarkus-oidc (it cannot follow a login
// redirect): reloading the page takes the user through the login and back to the same address.
document.addEventListener('htmx:responseError', function (event) {
  if (event.detail.xhr.status === 499) {
    window.location.reload();
  }
});
