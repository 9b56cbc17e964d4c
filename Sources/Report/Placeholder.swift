// The Report target; its code arrives with the issue that builds it.
