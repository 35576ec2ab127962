# Sourced by the browser benchmarks: signs in to $base as $user with $password the way a browser does (the
# sign-in page gives a session and its CSRF token, the form post a new session) and sets $session to the
# session's "KEYSTONE_SESSION=..." cookie, or stops the script.
cookie() { sed -n 's/^[Ss]et-[Cc]ookie: \(KEYSTONE_SESSION=[^;]*\).*/\1/p' | tail -1; }
login_page=$(curl -s -D - "$base/login")
first=$(printf '%s' "$login_page" | cookie)
csrf=$(printf '%s' "$login_page" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
session=$(curl -s -o /dev/null -D - -H "Cookie: $first" --data-urlencode "username=$user" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login" | cookie)
if [[ -z $session ]] || [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $session" "$base/") != 200 ]]; then
  echo "Could not sign in to $base as $user." >&2
  exit 1
fi
