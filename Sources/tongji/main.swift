print("tongji")
